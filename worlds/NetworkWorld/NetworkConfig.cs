using System.Globalization;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>The hosts and ports of a network world, in configuration order (load-bearing: drivers
/// index into these lists). Hosts are h0..h{N-1}; ports the first P of the port pool (docs/network-world.md).</summary>
public sealed record NetworkConfig(IReadOnlyList<string> Hosts, IReadOnlyList<int> Ports, string Name)
{
    private static readonly int[] PortPool = [22, 80, 443, 53, 8080, 3306, 5432, 6379, 9200, 25, 110, 143];

    /// <summary><c>net-v0</c>: hosts h0..h4, ports 22, 80, 443.</summary>
    public static NetworkConfig Default { get; } = Scaled(5, 3) with { Name = "net-v0" };

    /// <summary><c>net-{N}h{P}p</c>: N hosts (at least 2) and P ports (at least 1).</summary>
    public static NetworkConfig Scaled(int hostCount, int portCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hostCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(portCount, 1);
        string[] hosts = [.. Enumerable.Range(0, hostCount).Select(i => "h" + i.ToString(CultureInfo.InvariantCulture))];
        int[] ports = [.. PortPool.Take(portCount), .. Enumerable.Range(10000, Math.Max(0, portCount - PortPool.Length))];
        return new NetworkConfig(hosts, ports, string.Create(CultureInfo.InvariantCulture, $"net-{hostCount}h{portCount}p"));
    }
}
