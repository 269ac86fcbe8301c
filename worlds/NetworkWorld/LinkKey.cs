namespace Nexus.Worlds.NetworkWorld;

/// <summary>An undirected link, stored canonically: <see cref="A"/> &lt;= <see cref="B"/> ordinally.</summary>
public readonly record struct LinkKey(string A, string B) : IComparable<LinkKey>
{
    /// <summary>The canonical key of the link between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static LinkKey Of(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? new(a, b) : new(b, a);

    /// <inheritdoc />
    public int CompareTo(LinkKey other)
    {
        int first = string.CompareOrdinal(A, other.A);
        return first != 0 ? first : string.CompareOrdinal(B, other.B);
    }
}
