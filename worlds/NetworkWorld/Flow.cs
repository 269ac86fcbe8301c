namespace Nexus.Worlds.NetworkWorld;

/// <summary>A directed flow; ordered by (source, destination, port), hosts ordinally.</summary>
public readonly record struct Flow(string Src, string Dst, int Port) : IComparable<Flow>
{
    /// <inheritdoc />
    public int CompareTo(Flow other)
    {
        int order = string.CompareOrdinal(Src, other.Src);
        if (order == 0)
        {
            order = string.CompareOrdinal(Dst, other.Dst);
        }
        return order != 0 ? order : Port.CompareTo(other.Port);
    }
}
