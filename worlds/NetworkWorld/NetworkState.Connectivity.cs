namespace Nexus.Worlds.NetworkWorld;

/// <summary>Connectivity of a state (docs/network-world.md, Reachability), by union-find over its links on the stack.</summary>
public sealed partial class NetworkState
{
    /// <summary>Whether <paramref name="destination"/> is in <c>C(s, source)</c> (docs/network-world.md, Reachability): the
    /// source is a known up host, and the destination is itself or reachable from it by breadth over
    /// links whose ends both exist and are up.</summary>
    public bool Connected(HostKey source, HostKey destination)
    {
        int from = IdOf(source);
        if (from < 0 || _rows[from] is not { Exists: true, Up: true })
        {
            return false;
        }
        int to = IdOf(destination);
        if (to == from)
        {
            return true;
        }
        if (to < 0 || _rows[to] is not { Exists: true, Up: true })
        {
            return false;
        }
        // Union-find over the links whose ends both exist and are up; -1 marks a root.
        Span<int> parent = _table.Count <= 1024 ? stackalloc int[_table.Count] : new int[_table.Count];
        parent.Fill(-1);
        foreach (long link in _links)
        {
            int a = (int)(link >> 32);
            int b = (int)link;
            if (_rows[a] is { Exists: true, Up: true } && _rows[b] is { Exists: true, Up: true })
            {
                int rootA = Root(parent, a);
                int rootB = Root(parent, b);
                if (rootA != rootB)
                {
                    parent[rootA] = rootB;
                }
            }
        }
        return Root(parent, from) == Root(parent, to);
    }

    private static int Root(Span<int> parent, int id)
    {
        while (parent[id] >= 0)
        {
            if (parent[parent[id]] >= 0)
            {
                parent[id] = parent[parent[id]];
            }
            id = parent[id];
        }
        return id;
    }
}
