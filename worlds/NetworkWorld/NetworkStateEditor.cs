using Nexus.Worlds.NetworkWorld.State;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>Builds a new <see cref="NetworkState"/> from an old one by the edits of spec section 7.2,
/// copying only what changes (the old state is never touched). Host-scoped edits ensure their host:
/// an unknown one is inserted up with nothing on it; link and flow edits never add hosts. Hold it in a
/// local variable; <see cref="ToState"/> ends the edit.</summary>
public struct NetworkStateEditor
{
    private HostTable _table;
    private HostRow?[] _rows;
    private bool _rowsOwned;
    private long[] _links;
    private Flow[] _flows;
    private int _hostCount;
    private int _entries;
    private long _clock;
    private int _lastExit;

    internal NetworkStateEditor(HostTable table, HostRow?[] rows, long[] links, Flow[] flows, int hostCount, int entries, long clock, int lastExit)
    {
        _table = table;
        _rows = rows;
        _rowsOwned = false;
        _links = links;
        _flows = flows;
        _hostCount = hostCount;
        _entries = entries;
        _clock = clock;
        _lastExit = lastExit;
    }

    /// <summary>Sets whether <paramref name="host"/> is up.</summary>
    public void SetUp(string host, bool up)
    {
        HostRow row = Ensure(host, out int id);
        if (row.Up != up)
        {
            Replace(id, new HostRow(up, row.Services, row.Deny));
        }
    }

    /// <summary>Adds <paramref name="port"/> to the services of <paramref name="host"/>.</summary>
    public void AddService(string host, int port)
    {
        HostRow row = Ensure(host, out int id);
        int[] services = SortedArray.Add(row.Services, port);
        if (!ReferenceEquals(services, row.Services))
        {
            Replace(id, new HostRow(row.Up, services, row.Deny));
        }
    }

    /// <summary>Removes <paramref name="port"/> from the services of <paramref name="host"/>.</summary>
    public void RemoveService(string host, int port)
    {
        HostRow row = Ensure(host, out int id);
        int[] services = SortedArray.Remove(row.Services, port);
        if (!ReferenceEquals(services, row.Services))
        {
            Replace(id, new HostRow(row.Up, services, row.Deny));
        }
    }

    /// <summary>Adds <paramref name="source"/> to the deny set of <paramref name="host"/>.</summary>
    public void AddDeny(string host, string source)
    {
        HostRow row = Ensure(host, out int id);
        int[] deny = SortedArray.Add(row.Deny, Number(source));
        if (!ReferenceEquals(deny, row.Deny))
        {
            Replace(id, new HostRow(row.Up, row.Services, deny));
        }
    }

    /// <summary>Removes <paramref name="source"/> from the deny set of <paramref name="host"/>.</summary>
    public void RemoveDeny(string host, string source)
    {
        HostRow row = Ensure(host, out int id);
        int number = _table.IdOf(source);
        int[] deny = number >= 0 ? SortedArray.Remove(row.Deny, number) : row.Deny;
        if (!ReferenceEquals(deny, row.Deny))
        {
            Replace(id, new HostRow(row.Up, row.Services, deny));
        }
    }

    /// <summary>Replaces the record of <paramref name="host"/> (inserting the host when unknown).</summary>
    public void SetHost(string host, HostRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Ensure(host, out int id);
        int[] deny = new int[record.FwDeny.Count];
        int next = 0;
        foreach (string source in record.FwDeny)
        {
            deny[next++] = Number(source);
        }
        Array.Sort(deny);
        Replace(id, new HostRow(record.Up, [.. record.Services], deny));
    }

    /// <summary>Adds the link between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void AddLink(string a, string b)
    {
        int first = Number(a);
        _links = SortedArray.Add(_links, NetworkState.LinkOf(first, Number(b)));
    }

    /// <summary>Removes the link between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void RemoveLink(string a, string b)
    {
        int first = _table.IdOf(a);
        int second = _table.IdOf(b);
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

    /// <summary>The edited state. The editor must not be used afterwards.</summary>
    public NetworkState ToState()
    {
        _rowsOwned = false;
        return new NetworkState(_table, _rows, _links, _flows, _hostCount, _entries, _clock, _lastExit);
    }

    /// <summary>The number of <paramref name="name"/>, numbering it (not as a host) when it is new.</summary>
    private int Number(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int id = _table.IdOf(name);
        if (id >= 0)
        {
            return id;
        }
        _table = _table.With(name);
        var rows = new HostRow?[_table.Count];
        Array.Copy(_rows, rows, _rows.Length);
        _rows = rows;
        _rowsOwned = true;
        return _table.Count - 1;
    }

    private HostRow Ensure(string host, out int id)
    {
        id = Number(host);
        if (_rows[id] is { } row)
        {
            return row;
        }
        Own();
        _hostCount++;
        return _rows[id] = HostRow.Fresh;
    }

    private void Replace(int id, HostRow row)
    {
        HostRow old = _rows[id]!;
        Own();
        _entries += row.Facts - old.Facts;
        _rows[id] = row;
    }

    private void Own()
    {
        if (!_rowsOwned)
        {
            _rows = (HostRow?[])_rows.Clone();
            _rowsOwned = true;
        }
    }
}
