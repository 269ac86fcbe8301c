using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>What a worker decides from a state it read: the outcome, and the state to commit (null
/// when the action is refused, or changes nothing).</summary>
public readonly record struct Decision(ActionOutcome Outcome, BlackboardState? Next)
{
    /// <summary>A refusal with <paramref name="error"/>: nothing to commit.</summary>
    public static Decision Refused(BlackboardError error) => new(ActionOutcome.Refused(error), null);
}
