using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>The oracle's answer for one (state, action): the next state, the delta to it, and the outcome.</summary>
public sealed record BlackboardTransition(BlackboardState State, BlackboardDelta Delta, ActionOutcome Outcome);
