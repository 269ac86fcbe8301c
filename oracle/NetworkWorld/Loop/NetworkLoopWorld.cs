using Nexus.Oracle.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>The network world as the loop sees it. A struct holding nothing, so that the loop's code is
/// compiled for it alone and calls the oracle directly rather than through the interface.</summary>
public readonly struct NetworkLoopWorld : ILoopWorld<NetworkState, NetAction, IReadOnlyList<NetEdit>>
{
    /// <summary>The world (every value of it is the same).</summary>
    public static NetworkLoopWorld Instance => default;

    /// <inheritdoc />
    public NetworkState Next(NetworkState state, NetAction action) => NetworkOracle.Next(state, action);

    /// <inheritdoc />
    public NetworkState Apply(NetworkState state, IReadOnlyList<NetEdit> delta) => NetDelta.Apply(state, delta);

    /// <inheritdoc />
    public int FactCount(NetworkState state) => NetworkMetrics.FactCount(state);

    /// <inheritdoc />
    public double Divergence(NetworkState a, NetworkState b) => NetworkMetrics.Divergence(a, b);
}
