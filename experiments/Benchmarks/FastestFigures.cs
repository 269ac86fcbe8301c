namespace Nexus.Experiments.Benchmarks;

/// <summary>Of the figures several outputs of one benchmark printed, each figure's fastest measurement
/// and the line it was printed on, in the order the figures were first printed: how the rounds of a
/// command run in processes of their own become one line per figure.</summary>
public static class FastestFigures
{
    /// <summary>The fastest of each key in <paramref name="figures"/>, in first-seen order.</summary>
    public static IReadOnlyList<(TKey Key, Measurement Measured, string Line)> Of<TKey>(IEnumerable<(TKey Key, Measurement Measured, string Line)> figures)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(figures);
        var fastest = new List<(TKey Key, Measurement Measured, string Line)>();
        var index = new Dictionary<TKey, int>();
        foreach ((TKey key, Measurement measured, string line) in figures)
        {
            if (!index.TryGetValue(key, out int at))
            {
                index[key] = fastest.Count;
                fastest.Add((key, measured, line));
            }
            else if (measured.EventsPerSecond > fastest[at].Measured.EventsPerSecond)
            {
                fastest[at] = (key, measured, line);
            }
        }
        return fastest;
    }
}
