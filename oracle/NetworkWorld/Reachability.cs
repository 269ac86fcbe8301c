using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>Reachability, derived and never stored (spec section 4).</summary>
public static class Reachability
{
    /// <summary><c>C(s, src)</c>: the hosts reachable from an up <paramref name="source"/> over links between up hosts.</summary>
    public static HashSet<string> Connected(NetworkState state, string source)
    {
        ArgumentNullException.ThrowIfNull(state);
        var connected = new HashSet<string>(StringComparer.Ordinal);
        if (!state.Hosts.TryGetValue(source, out HostRecord? start) || !start.Up)
        {
            return connected;
        }
        bool Usable(string host) => state.Hosts.TryGetValue(host, out HostRecord? record) && record.Up;
        // Adjacency over links whose ends both exist and are up, built once: breadth-first search is then linear.
        var adjacency = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (LinkKey link in state.Links)
        {
            if (Usable(link.A) && Usable(link.B))
            {
                (adjacency.TryGetValue(link.A, out var fromA) ? fromA : adjacency[link.A] = []).Add(link.B);
                (adjacency.TryGetValue(link.B, out var fromB) ? fromB : adjacency[link.B] = []).Add(link.A);
            }
        }
        var frontier = new Queue<string>([source]);
        connected.Add(source);
        while (frontier.Count > 0)
        {
            foreach (string next in adjacency.GetValueOrDefault(frontier.Dequeue()) ?? [])
            {
                if (connected.Add(next))
                {
                    frontier.Enqueue(next);
                }
            }
        }
        return connected;
    }

    /// <summary><c>reach(s, src, dst, port)</c>; loopback ignores the firewall.</summary>
    public static bool Reach(NetworkState state, string source, string destination, int port)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (source == destination)
        {
            return state.Hosts.TryGetValue(source, out HostRecord? self) && self.Up && self.Services.Contains(port);
        }
        return state.Hosts.TryGetValue(destination, out HostRecord? target) && target.Up && target.Services.Contains(port)
            && !target.FwDeny.Contains(source) && Connected(state, source).Contains(destination);
    }

    /// <summary><c>R(s)</c>: every (src, dst, port) with src a host and (dst, port) a listening service, to its reachability.</summary>
    public static SortedDictionary<Flow, bool> Matrix(NetworkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var matrix = new SortedDictionary<Flow, bool>();
        foreach (string source in state.Hosts.Keys)
        {
            foreach (var (destination, record) in state.Hosts)
            {
                foreach (int port in record.Services)
                {
                    matrix[new Flow(source, destination, port)] = Reach(state, source, destination, port);
                }
            }
        }
        return matrix;
    }
}
