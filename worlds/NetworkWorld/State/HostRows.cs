namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>The rows of a state by host number, in chunks of 16 (the last one only as long as needed):
/// an edit copies the chunk it changes, never every row, so a state of many hosts costs little to
/// derive. The first chunk is held directly, so a small world's edit copies one array. Immutable.</summary>
internal readonly struct HostRows
{
    /// <summary>log2 of the chunk size.</summary>
    public const int ChunkBits = 4;

    /// <summary>Rows per chunk.</summary>
    public const int ChunkSize = 1 << ChunkBits;

    public HostRows(HostRow[] first, HostRow[][] rest)
    {
        First = first;
        Rest = rest;
    }

    /// <summary>Host numbers 0 to 15; never changed once a state holds it.</summary>
    public HostRow[] First { get; }

    /// <summary>The chunks of host numbers 16 and up; never changed once a state holds them.</summary>
    public HostRow[][] Rest { get; }

    /// <summary>The row of host number <paramref name="id"/>.</summary>
    public HostRow this[int id] => id < ChunkSize ? First[id] : Rest[(id >> ChunkBits) - 1][id & (ChunkSize - 1)];

    /// <summary><paramref name="count"/> rows, each <paramref name="row"/>.</summary>
    public static HostRows Of(int count, HostRow row)
    {
        var editor = new HostRowsEditor(new HostRows([], []));
        editor.Reserve(count);
        for (int id = 0; id < count; id++)
        {
            editor.Set(id, row);
        }
        return editor.ToRows();
    }

    /// <summary>Whether both hold the very same chunks.</summary>
    public bool Same(HostRows other) => ReferenceEquals(First, other.First) && ReferenceEquals(Rest, other.Rest);
}

