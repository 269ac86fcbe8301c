using Nexus.Oracle.Loop;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>The blackboard world as the loop sees it: the same loop, policies and metrics as the network world.</summary>
public sealed class BlackboardLoopWorld(BlackboardLimits limits) : ILoopWorld<BlackboardState, BlackboardAction, BlackboardDelta>
{
    /// <inheritdoc />
    public BlackboardState Next(BlackboardState state, BlackboardAction action) => BlackboardOracle.Step(state, action, limits).State;

    /// <inheritdoc />
    public BlackboardState Apply(BlackboardState state, BlackboardDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return delta.ApplyTo(state);
    }

    /// <inheritdoc />
    public int FactCount(BlackboardState state) => BlackboardMetrics.FactCount(state);

    /// <inheritdoc />
    public double Divergence(BlackboardState a, BlackboardState b) => BlackboardMetrics.Divergence(a, b);
}
