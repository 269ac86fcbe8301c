using Nexus.Oracle.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>The network world as the loop sees it.</summary>
public sealed class NetworkLoopWorld : ILoopWorld<NetworkState, NetAction, IReadOnlyList<NetEdit>>
{
    /// <summary>The one instance; it holds no state.</summary>
    public static NetworkLoopWorld Instance { get; } = new();

    /// <inheritdoc />
    public NetworkState Next(NetworkState state, NetAction action) => NetworkOracle.Next(state, action);

    /// <inheritdoc />
    public NetworkState Apply(NetworkState state, IReadOnlyList<NetEdit> delta) => NetDelta.Apply(state, delta);

    /// <inheritdoc />
    public int FactCount(NetworkState state) => NetworkMetrics.FactCount(state);

    /// <inheritdoc />
    public double Divergence(NetworkState a, NetworkState b) => NetworkMetrics.Divergence(a, b);
}
