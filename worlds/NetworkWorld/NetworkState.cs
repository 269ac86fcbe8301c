using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Nexus.Worlds.NetworkWorld.State;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>A network world state (docs/network-world.md, State): hosts, links, flows, the clock and the latest exit
/// code. Immutable. Kept compact for the loop's speed: hosts are numbered by a table shared along a
/// lineage of states, host records are shared rows in chunks of 16, links are sorted number pairs and
/// flows a sorted array; an edit (<see cref="Edit"/>) copies only what it changes. Every
/// ordering a caller can see is the documented one: hosts and links ordinally, flows as (src, dst, port).</summary>
public sealed partial class NetworkState : IEquatable<NetworkState>
{
    private static readonly ConditionalWeakTable<NetworkConfig, NetworkState> Initials = [];

    private readonly HostTable _table;
    private readonly HostRows _rows; // by host number; no host for a name met only in a link or deny entry
    private readonly int[] _touched; // ascending numbers whose row is not the lineage's initial one
    private readonly long[] _links; // (smaller number << 32) | larger number, ascending
    private readonly Flow[] _flows; // ascending
    private readonly int _hostCount;
    private readonly int _entries; // services and deny entries over all hosts

    internal NetworkState(HostTable table, HostRows rows, int[] touched, long[] links, Flow[] flows, int hostCount, int entries, long clock, int lastExit)
    {
        _table = table;
        _rows = rows;
        _touched = touched;
        _links = links;
        _flows = flows;
        _hostCount = hostCount;
        _entries = entries;
        Clock = clock;
        LastExit = lastExit;
    }

    /// <summary>Every configured host up with nothing on it; no links, no flows; clock and exit 0. The
    /// same configuration object gives the same initial state, so its lineages share one host table.</summary>
    public static NetworkState Initial(NetworkConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Initials.GetValue(config, static config =>
        {
            int count = config.Hosts.Count;
            return new NetworkState(HostTable.Of(config.Hosts), HostRows.Of(count, HostRow.Fresh), [], [], [], count, 0, 0, 0);
        });
    }

    /// <summary>The virtual time.</summary>
    public long Clock { get; }

    /// <summary>The code returned by the latest transition.</summary>
    public int LastExit { get; }

    /// <summary>How many hosts the host map holds.</summary>
    public int HostCount => _hostCount;

    /// <summary>How many links there are.</summary>
    public int LinkCount => _links.Length;

    /// <summary>The flows, sorted by (src, dst, port) with hosts ordinally.</summary>
    public ImmutableArray<Flow> Flows => ImmutableCollectionsMarshal.AsImmutableArray(_flows);

    /// <summary><c>|F(s)| = |hosts| + Σ|services| + Σ|fw_deny| + |links| + |flows| + 2</c> (docs/network-world.md, Metrics).</summary>
    public int FactCount => _hostCount + _entries + _links.Length + _flows.Length + 2;

    /// <summary>The host ids, ordinally.</summary>
    public IEnumerable<string> HostNames => HostIds().Select(_table.Name);

    /// <summary>The links as canonical pairs, ordinally.</summary>
    public ImmutableArray<LinkKey> Links =>
        [.. _links.Select(link => LinkKey.Of(_table.Name((int)(link >> 32)), _table.Name((int)link))).Order()];

    /// <summary><paramref name="host"/> resolved against this state's host table.</summary>
    public HostKey Key(string host) => new(host, _table, _table.IdOf(host));

    /// <summary>The first and second hosts of <paramref name="action"/> resolved against this state's table
    /// (the second is the first for a one-host action). The action remembers the lookup, so replaying it
    /// on states of one lineage looks nothing up again.</summary>
    public (HostKey First, HostKey Second) Keys(NetAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IReadOnlyList<string> hosts = action.Hosts;
        if (action.Lookup is not { } lookup || !ReferenceEquals(lookup.Table, _table) || !ReferenceEquals(lookup.Hosts, hosts))
        {
            int first = hosts.Count > 0 ? _table.IdOf(hosts[0]) : -1;
            action.Lookup = lookup = new HostLookup(_table, hosts, first, hosts.Count > 1 ? _table.IdOf(hosts[1]) : first);
        }
        string name = hosts.Count > 0 ? hosts[0] : "";
        return (new HostKey(name, _table, lookup.First), new HostKey(hosts.Count > 1 ? hosts[1] : name, _table, lookup.Second));
    }

    /// <summary>Whether <paramref name="host"/> is a key of the host map.</summary>
    public bool IsKnown(HostKey host) => Row(host).Exists;

    /// <summary>Whether <paramref name="host"/> is known and up.</summary>
    public bool IsUp(HostKey host) => Row(host) is { Exists: true, Up: true };

    /// <summary>Whether <paramref name="host"/> is known and listens on <paramref name="port"/>.</summary>
    public bool HasService(HostKey host, int port) => Row(host) is { Exists: true } row && SortedArray.Contains(row.Services, port);

    /// <summary>Whether <paramref name="host"/> is known and denies incoming traffic from <paramref name="source"/>.</summary>
    public bool Denies(HostKey host, HostKey source) => Row(host) is { Exists: true } row && IdOf(source) is var id and >= 0 && SortedArray.Contains(row.Deny, id);

    /// <summary>Whether the link between <paramref name="a"/> and <paramref name="b"/> (either order) is present.</summary>
    public bool HasLink(HostKey a, HostKey b)
    {
        int first = IdOf(a);
        int second = IdOf(b);
        return first >= 0 && second >= 0 && SortedArray.Contains<long>(_links, LinkOf(first, second));
    }

    /// <summary>Whether any link has <paramref name="host"/> as an endpoint.</summary>
    public bool HasAnyLink(HostKey host)
    {
        int id = IdOf(host);
        foreach (long link in _links)
        {
            if (Touches(link, id))
            {
                return true; // an unknown host (-1) touches no link
            }
        }
        return false;
    }

    /// <summary>Whether the flow is open.</summary>
    public bool HasFlow(Flow flow) => SortedArray.Contains<Flow>(_flows, flow);

    /// <summary>The record of <paramref name="host"/>, or null when it is not a host.</summary>
    public HostRecord? Host(HostKey host) => Row(host) is { Exists: true } row
        ? new HostRecord(row.Up, [.. row.Services], ImmutableSortedSet.CreateRange(StringComparer.Ordinal, Names(row.Deny)))
        : null;

    /// <summary>An editor that starts from this state; it copies only what its edits change.</summary>
    public NetworkStateEditor Edit() => new(this, _table, _rows, _touched, _links, _flows, _hostCount, _entries, Clock, LastExit);

    /// <summary>Whether this state is made of exactly these parts (the same arrays, not equal ones).</summary>
    internal bool Holds(HostTable table, HostRows rows, long[] links, Flow[] flows, long clock, int lastExit) =>
        ReferenceEquals(table, _table) && rows.Same(_rows) && ReferenceEquals(links, _links) && ReferenceEquals(flows, _flows)
        && clock == Clock && lastExit == LastExit;

    /// <summary>The key of the link between host numbers <paramref name="a"/> and <paramref name="b"/>.</summary>
    internal static long LinkOf(int a, int b) => a <= b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>Whether a link key has host number <paramref name="id"/> as an endpoint.</summary>
    internal static bool Touches(long link, int id) => (int)(link >> 32) == id || (int)link == id;

    private int IdOf(HostKey host) => ReferenceEquals(host.Table, _table) ? host.Id : _table.IdOf(host.Name);

    private HostRow Row(HostKey host) => IdOf(host) is var id and >= 0 ? _rows[id] : default;

    private IEnumerable<int> HostIds() => Enumerable.Range(0, _table.Count).Where(id => _rows[id].Exists).OrderBy(_table.Rank);

    private string[] Names(ReadOnlySpan<int> ids)
    {
        var names = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            names[i] = _table.Name(ids[i]);
        }
        return names;
    }
}
