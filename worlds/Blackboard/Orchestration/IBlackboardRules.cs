using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>How a worker decides an action from the committed state it read: a component of the
/// orchestration, so that other rules (a variant under study, or a seeded bug) can run on the same
/// workers, stores and commit protocol and be checked against the oracle. Must be pure: the same state
/// and action give the same decision. <see cref="BlackboardRules.Standard"/> is the blackboard's own.</summary>
public interface IBlackboardRules
{
    /// <summary>The decision on <paramref name="action"/> from <paramref name="state"/>, under <paramref name="limits"/> and <paramref name="defences"/>.</summary>
    Decision Decide(BlackboardState state, BlackboardAction action, BlackboardLimits limits, BlackboardDefences defences);
}
