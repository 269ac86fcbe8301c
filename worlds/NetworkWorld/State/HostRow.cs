namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>One host's record in the compact state, as one immutable array shared between states:
/// <c>[up, service count, services ascending…, denied host numbers ascending…]</c>. The default value
/// is "no such host". One array per row keeps a comparison to two cache lines.</summary>
internal readonly struct HostRow
{
    private readonly int[]? _data;

    private HostRow(int[] data) => _data = data;

    /// <summary>An up host with no services and an empty deny set.</summary>
    public static HostRow Fresh { get; } = new([1, 0]);

    /// <summary>Whether the row holds a host.</summary>
    public bool Exists => _data is not null;

    /// <summary>Whether the host is up.</summary>
    public bool Up => _data![0] != 0;

    /// <summary>Listening ports, ascending.</summary>
    public ReadOnlySpan<int> Services => _data.AsSpan(2, _data![1]);

    /// <summary>Denied source hosts by number, ascending.</summary>
    public ReadOnlySpan<int> Deny => _data.AsSpan(2 + _data![1]);

    /// <summary>Its facts: the up fact, one per service, one per deny entry; none for no host.</summary>
    public int Facts => _data is null ? 0 : _data.Length - 1;

    /// <summary>A row of the given contents (both spans ascending).</summary>
    public static HostRow Of(bool up, ReadOnlySpan<int> services, ReadOnlySpan<int> deny)
    {
        var data = new int[2 + services.Length + deny.Length];
        data[0] = up ? 1 : 0;
        data[1] = services.Length;
        services.CopyTo(data.AsSpan(2));
        deny.CopyTo(data.AsSpan(2 + services.Length));
        return new HostRow(data);
    }

    /// <summary>|F △ F'| restricted to the facts of one host number, in two rows.</summary>
    public static int Difference(HostRow a, HostRow b)
    {
        if (ReferenceEquals(a._data, b._data))
        {
            return 0;
        }
        if (a._data is null || b._data is null)
        {
            return a.Facts + b.Facts;
        }
        if (a._data.AsSpan().SequenceEqual(b._data))
        {
            return 0;
        }
        return (a.Up != b.Up ? 2 : 0) + SortedArray.SymmetricDifference(a.Services, b.Services) + SortedArray.SymmetricDifference(a.Deny, b.Deny);
    }

    /// <summary>Whether both rows are the very same array (or both no host).</summary>
    public bool Same(HostRow other) => ReferenceEquals(_data, other._data);

    /// <summary>This row with up-ness <paramref name="up"/>.</summary>
    public HostRow WithUp(bool up) => Up == up ? this : Of(up, Services, Deny);

    /// <summary>This row with <paramref name="port"/> listening, or not.</summary>
    public HostRow WithService(int port, bool listening) => Toggle(2, Services, port, listening, listening ? 1 : -1);

    /// <summary>This row with host number <paramref name="source"/> denied, or not.</summary>
    public HostRow WithDeny(int source, bool denied) => Toggle(2 + _data![1], Deny, source, denied, 0);

    /// <summary>This row with <paramref name="value"/> in or out of the sorted <paramref name="set"/> that
    /// starts at <paramref name="offset"/>; itself when that changes nothing.</summary>
    private HostRow Toggle(int offset, ReadOnlySpan<int> set, int value, bool present, int serviceDelta)
    {
        int index = set.BinarySearch(value);
        if (index >= 0 == present)
        {
            return this;
        }
        int at = offset + (present ? ~index : index);
        var data = new int[_data!.Length + (present ? 1 : -1)];
        _data.AsSpan(0, at).CopyTo(data);
        if (present)
        {
            data[at] = value;
            _data.AsSpan(at).CopyTo(data.AsSpan(at + 1));
        }
        else
        {
            _data.AsSpan(at + 1).CopyTo(data.AsSpan(at));
        }
        data[1] += serviceDelta;
        return new HostRow(data);
    }
}
