namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>Sets kept as sorted arrays that are never changed in place: adding or removing makes a new
/// array (or returns the same one when nothing changes), so states share them freely.</summary>
internal static class SortedArray
{
    /// <summary>Whether <paramref name="value"/> is in <paramref name="set"/>.</summary>
    public static bool Contains<T>(ReadOnlySpan<T> set, T value) where T : IComparable<T> => set.BinarySearch(value) >= 0;

    /// <summary><paramref name="set"/> with <paramref name="value"/>; the same array when it is already there.</summary>
    public static T[] Add<T>(T[] set, T value) where T : IComparable<T>
    {
        int index = set.AsSpan().BinarySearch(value);
        if (index >= 0)
        {
            return set;
        }
        index = ~index;
        var result = new T[set.Length + 1];
        Array.Copy(set, result, index);
        result[index] = value;
        Array.Copy(set, index, result, index + 1, set.Length - index);
        return result;
    }

    /// <summary><paramref name="set"/> without <paramref name="value"/>; the same array when it is absent.</summary>
    public static T[] Remove<T>(T[] set, T value) where T : IComparable<T>
    {
        int index = set.AsSpan().BinarySearch(value);
        if (index < 0)
        {
            return set;
        }
        if (set.Length == 1)
        {
            return [];
        }
        var result = new T[set.Length - 1];
        Array.Copy(set, result, index);
        Array.Copy(set, index + 1, result, index, set.Length - index - 1);
        return result;
    }

    /// <summary>|A △ B| of two sorted sets, by one merge walk.</summary>
    public static int SymmetricDifference<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IComparable<T>
    {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.Length && j < b.Length)
        {
            int order = a[i].CompareTo(b[j]);
            common += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return a.Length + b.Length - 2 * common;
    }
}
