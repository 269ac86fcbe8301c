using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>Probes the configured hosts in turn: h0, h1, ..., then h0 again.</summary>
public sealed class RoundRobinProbe(NetworkConfig config) : IProbePolicy
{
    private int _next;

    /// <inheritdoc />
    public string Select(NetworkState coupled) => config.Hosts[_next++ % config.Hosts.Count];
}
