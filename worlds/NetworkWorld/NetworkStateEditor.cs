using Nexus.Worlds.NetworkWorld.State;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>Builds a new <see cref="NetworkState"/> from an old one by the edits of docs/network-world.md, Deltas,
/// copying only what changes (the old state is never touched). Host-scoped edits ensure their host:
/// an unknown one is inserted up with nothing on it; link and flow edits never add hosts. Hold it in a
/// local variable; <see cref="ToState"/> ends the edit.</summary>
public struct NetworkStateEditor
{
    private readonly NetworkState _source;
    private HostTable _table;
    private HostRowsEditor _rows;
    private int[] _touched;
    private long[] _links;
    private Flow[] _flows;
    private int _hostCount;
    private int _entries;
    private long _clock;
    private int _lastExit;

    internal NetworkStateEditor(NetworkState source, HostTable table, HostRows rows, int[] touched, long[] links, Flow[] flows, int hostCount, int entries, long clock, int lastExit)
    {
        _source = source;
        _table = table;
        _rows = new HostRowsEditor(rows);
        _touched = touched;
        _links = links;
        _flows = flows;
        _hostCount = hostCount;
        _entries = entries;
        _clock = clock;
        _lastExit = lastExit;
    }

    /// <summary>Sets whether <paramref name="host"/> is up.</summary>
    public void SetUp(HostKey host, bool up)
    {
        int id = Ensure(host);
        Replace(id, _rows[id].WithUp(up));
    }

    /// <summary>Adds <paramref name="port"/> to the services of <paramref name="host"/>.</summary>
    public void AddService(HostKey host, int port)
    {
        int id = Ensure(host);
        Replace(id, _rows[id].WithService(port, true));
    }

    /// <summary>Removes <paramref name="port"/> from the services of <paramref name="host"/>.</summary>
    public void RemoveService(HostKey host, int port)
    {
        int id = Ensure(host);
        Replace(id, _rows[id].WithService(port, false));
    }

    /// <summary>Adds <paramref name="source"/> to the deny set of <paramref name="host"/>.</summary>
    public void AddDeny(HostKey host, HostKey source)
    {
        int id = Ensure(host);
        Replace(id, _rows[id].WithDeny(Number(source), true));
    }

    /// <summary>Removes <paramref name="source"/> from the deny set of <paramref name="host"/>.</summary>
    public void RemoveDeny(HostKey host, HostKey source)
    {
        int id = Ensure(host);
        int number = IdOf(source);
        if (number >= 0)
        {
            Replace(id, _rows[id].WithDeny(number, false));
        }
    }

    /// <summary>Replaces the record of <paramref name="host"/> (inserting the host when unknown).</summary>
    public void SetHost(string host, HostRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        int id = Ensure(host);
        int[] deny = new int[record.FwDeny.Count];
        int next = 0;
        foreach (string source in record.FwDeny)
        {
            deny[next++] = Number(source);
        }
        Array.Sort(deny);
        Replace(id, HostRow.Of(record.Up, [.. record.Services], deny));
    }

    /// <summary>Adds the link between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void AddLink(HostKey a, HostKey b)
    {
        int first = Number(a);
        _links = SortedArray.Add(_links, NetworkState.LinkOf(first, Number(b)));
    }

    /// <summary>Removes the link between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void RemoveLink(HostKey a, HostKey b)
    {
        int first = IdOf(a);
        int second = IdOf(b);
        if (first >= 0 && second >= 0)
        {
            _links = SortedArray.Remove(_links, NetworkState.LinkOf(first, second));
        }
    }

    /// <summary>Removes every link with <paramref name="host"/> as an endpoint.</summary>
    public void RemoveLinksTouching(string host)
    {
        int id = _table.IdOf(host);
        if (id >= 0)
        {
            _links = [.. _links.Where(link => !NetworkState.Touches(link, id))];
        }
    }

    /// <summary>Opens <paramref name="flow"/>.</summary>
    public void AddFlow(Flow flow) => _flows = SortedArray.Add(_flows, flow);

    /// <summary>Closes <paramref name="flow"/>.</summary>
    public void RemoveFlow(Flow flow) => _flows = SortedArray.Remove(_flows, flow);

    /// <summary>Closes every flow with <paramref name="host"/> as source or destination.</summary>
    public void RemoveFlowsTouching(string host) => _flows = [.. _flows.Where(flow => flow.Src != host && flow.Dst != host)];

    /// <summary>Adds <paramref name="amount"/> to the clock.</summary>
    public void AdvanceClock(long amount) => _clock += amount;

    /// <summary>Sets the latest exit code.</summary>
    public void SetLastExit(int exitCode) => _lastExit = exitCode;

    /// <summary>The edited state; the original state itself when no edit changed anything (states are
    /// immutable, so it is its own copy). The editor must not be used afterwards.</summary>
    public NetworkState ToState()
    {
        HostRows rows = _rows.ToRows();
        return _source.Holds(_table, rows, _links, _flows, _clock, _lastExit) ? _source
            : new(_table, rows, _touched, _links, _flows, _hostCount, _entries, _clock, _lastExit);
    }

    /// <summary>The number of <paramref name="host"/> in the editor's table, or -1; a key resolved against
    /// this table is not looked up again.</summary>
    private readonly int IdOf(HostKey host) => ReferenceEquals(host.Table, _table) ? host.Id : _table.IdOf(host.Name);

    /// <summary>The number of <paramref name="name"/>, numbering it (not as a host) when it is new.</summary>
    private int Number(HostKey name)
    {
        int id = IdOf(name);
        if (id >= 0)
        {
            return id;
        }
        _table = _table.With(name.Name);
        _rows.Reserve(_table.Count);
        return _table.Count - 1;
    }

    /// <summary>The number of <paramref name="host"/>, inserting it as a fresh host when it is not one.</summary>
    private int Ensure(HostKey host)
    {
        int id = Number(host);
        if (!_rows[id].Exists)
        {
            _hostCount++;
            Replace(id, HostRow.Fresh);
        }
        return id;
    }

    private void Replace(int id, HostRow row)
    {
        HostRow old = _rows[id];
        if (row.Same(old))
        {
            return; // nothing changed: keep sharing the old row
        }
        _entries += (row.Facts - 1) - (old.Exists ? old.Facts - 1 : 0);
        _touched = SortedArray.Add(_touched, id);
        _rows.Set(id, row);
    }
}
