using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Bugs;

/// <summary>Rules that let anyone release a claimed Intent: the release handler forgot the owner check.
/// Everything else is the blackboard's own rules.</summary>
public sealed class ReleaseWithoutOwnerCheckRules : IBlackboardRules
{
    /// <inheritdoc />
    public Decision Decide(BlackboardState state, BlackboardAction action, BlackboardLimits limits, BlackboardDefences defences) =>
        BlackboardRules.Standard.Decide(state, action, limits, action is ReleaseAction ? defences.Without("owner-check") : defences);
}
