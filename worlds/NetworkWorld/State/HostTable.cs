namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>Every host name a lineage of states has met, numbered in order of first appearance (the
/// configuration's hosts first, so <c>h{i}</c> is number i), with each name's rank in ordinal order.
/// Immutable: meeting a new name makes a new table whose numbering extends this one.</summary>
internal sealed class HostTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly string[] _names;
    private readonly int[] _ranks;

    private HostTable(string[] names)
    {
        _names = names;
        _ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int id = 0; id < names.Length; id++)
        {
            if (!_ids.TryAdd(names[id], id))
            {
                throw new ArgumentException($"host '{names[id]}' is named twice", nameof(names));
            }
        }
        int[] byName = [.. Enumerable.Range(0, names.Length).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(names[a], names[b])))];
        _ranks = new int[names.Length];
        for (int rank = 0; rank < byName.Length; rank++)
        {
            _ranks[byName[rank]] = rank;
        }
    }

    /// <summary>A table of <paramref name="names"/>, numbered in the order given.</summary>
    public static HostTable Of(IReadOnlyList<string> names) => new([.. names]);

    /// <summary>How many names are numbered.</summary>
    public int Count => _names.Length;

    /// <summary>The name numbered <paramref name="id"/>.</summary>
    public string Name(int id) => _names[id];

    /// <summary>The position of name <paramref name="id"/> in ordinal order.</summary>
    public int Rank(int id) => _ranks[id];

    /// <summary>The number of <paramref name="name"/>, or -1 when the table has not met it.</summary>
    public int IdOf(string name) => _ids.TryGetValue(name, out int id) ? id : -1;

    /// <summary>This table with <paramref name="name"/> numbered next.</summary>
    public HostTable With(string name) => new([.. _names, name]);
}
