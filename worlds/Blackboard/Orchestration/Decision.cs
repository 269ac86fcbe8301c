using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>What a worker decides from a state it read: the outcome, and the change to commit (null
/// when the action is refused; parts of it that change nothing are dropped before it is committed,
/// and a change with nothing left commits nothing).</summary>
public readonly record struct Decision(ActionOutcome Outcome, BlackboardChange? Change)
{
    /// <summary>A refusal with <paramref name="error"/>: nothing to commit.</summary>
    public static Decision Refused(BlackboardError error) => new(ActionOutcome.Refused(error), null);
}
