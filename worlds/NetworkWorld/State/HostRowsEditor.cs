namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>Copy-on-write edits of <see cref="HostRows"/>: the chunk index and each chunk are copied on
/// their first change; a chunk added or lengthened for new host numbers is the editor's own from the start.
/// Copies are spreads (a new array and a block copy), not <c>Clone</c>, which goes through the runtime's
/// slower general object copy.</summary>
internal struct HostRowsEditor
{
    private HostRows _source;
    private HostRow[] _first;
    private HostRow[][] _rest;

    public HostRowsEditor(HostRows rows)
    {
        _source = rows;
        _first = rows.First;
        _rest = rows.Rest;
    }

    /// <summary>The row of host number <paramref name="id"/>.</summary>
    public readonly HostRow this[int id] => new HostRows(_first, _rest)[id];

    /// <summary>Sets the row of host number <paramref name="id"/>.</summary>
    public void Set(int id, HostRow row)
    {
        if (id < HostRows.ChunkSize)
        {
            if (ReferenceEquals(_first, _source.First))
            {
                _first = [.. _first];
            }
            _first[id] = row;
            return;
        }
        int c = (id >> HostRows.ChunkBits) - 1;
        if (ReferenceEquals(_rest, _source.Rest))
        {
            _rest = [.. _rest];
        }
        if (c < _source.Rest.Length && ReferenceEquals(_rest[c], _source.Rest[c]))
        {
            _rest[c] = [.. _rest[c]];
        }
        _rest[c][id & (HostRows.ChunkSize - 1)] = row;
    }

    /// <summary>Makes room for host numbers below <paramref name="count"/> (called when the table grows).</summary>
    public void Reserve(int count)
    {
        if (_first.Length < Math.Min(HostRows.ChunkSize, count))
        {
            var longer = new HostRow[Math.Min(HostRows.ChunkSize, count)];
            _first.CopyTo(longer, 0);
            _first = longer;
        }
        int needed = Math.Max(0, (count + HostRows.ChunkSize - 1) >> HostRows.ChunkBits) - 1;
        if (needed == 0 || (needed == _rest.Length && _rest[^1].Length >= count - (needed << HostRows.ChunkBits)))
        {
            return;
        }
        var grown = new HostRow[Math.Max(needed, _rest.Length)][];
        Array.Copy(_rest, grown, _rest.Length);
        for (int c = 0; c < needed; c++)
        {
            int length = Math.Min(HostRows.ChunkSize, count - ((c + 1) << HostRows.ChunkBits));
            if (grown[c] is null || grown[c].Length < length)
            {
                var longer = new HostRow[length];
                grown[c]?.CopyTo(longer, 0);
                grown[c] = longer;
            }
        }
        _rest = grown;
    }

    /// <summary>The edited rows; later edits copy again.</summary>
    public HostRows ToRows()
    {
        _source = new HostRows(_first, _rest);
        return _source;
    }
}
