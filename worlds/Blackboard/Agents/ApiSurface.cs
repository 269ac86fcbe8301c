namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>How an agent reaches the blackboard.</summary>
public enum ApiSurface
{
    /// <summary>The orchestration's own operations, in process (<see cref="Surfaces.IBlackboardApi"/>).</summary>
    Trait,

    /// <summary>The exchange only (<see cref="Surfaces.IExchangeOverlay"/>).</summary>
    Overlay,

    /// <summary>The remote API's routes (<see cref="Surfaces.BlackboardEndpoint"/>).</summary>
    Boundary,
}
