using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>Reachability, derived and never stored (docs/network-world.md, Reachability).</summary>
public static class Reachability
{
    /// <summary><c>reach(s, src, dst, port)</c>; loopback ignores the firewall.</summary>
    public static bool Reach(NetworkState state, HostKey source, HostKey destination, int port)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (source.Name == destination.Name)
        {
            return state.IsUp(source) && state.HasService(source, port);
        }
        return state.IsUp(destination) && state.HasService(destination, port)
            && !state.Denies(destination, source) && state.Connected(source, destination);
    }

    /// <summary><c>R(s)</c>: every (src, dst, port) with src a host and (dst, port) a listening service, to its reachability.</summary>
    public static SortedDictionary<Flow, bool> Matrix(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var matrix = new SortedDictionary<Flow, bool>();
        string[] hosts = [.. state.HostNames];
        // svc(s): every listening (host, port), read once rather than once per source.
        (string Host, int Port)[] services = [.. hosts.SelectMany(host => state.Host(host)!.Services.Select(port => (host, port)))];
        foreach (string source in hosts)
        {
            foreach (var (destination, port) in services)
            {
                matrix[new Flow(source, destination, port)] = Reach(state, source, destination, port);
            }
        }
        return matrix;
    }
}
