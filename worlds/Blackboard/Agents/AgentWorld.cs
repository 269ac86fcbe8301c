using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;

namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>Where agents act: the runtime, the blackboard (in process, for the trait and overlay
/// surfaces; null when the agents reach a running server), its remote API (the boundary surface), its
/// limits and workers, and the wire, the honest Facts as they are sent (a replayer copies them from
/// there, possibly before they are committed).</summary>
public sealed record AgentWorld(ISimRuntime Runtime, BlackboardService? Blackboard, IBlackboardRoutes Routes, BlackboardLimits Limits, int Workers)
{
    /// <summary>Agents of a blackboard in process: every surface reaches <paramref name="blackboard"/>.</summary>
    public AgentWorld(ISimRuntime runtime, BlackboardService blackboard)
        : this(runtime, blackboard, new BlackboardEndpoint(blackboard), blackboard.Limits, blackboard.WorkerCount)
    {
    }

    /// <summary>Agents of a blackboard elsewhere, reached through <paramref name="routes"/> only (the boundary surface).</summary>
    public static AgentWorld Remote(ISimRuntime runtime, IBlackboardRoutes routes, BlackboardLimits limits, int workers) =>
        new(runtime, null, routes, limits, workers);

    /// <summary>Honest Facts in the order they were sent.</summary>
    public List<Fact> Wire { get; } = [];
}
