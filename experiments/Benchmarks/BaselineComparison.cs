using System.Globalization;

namespace Nexus.Experiments.Benchmarks;

/// <summary>This build's benchmark figures beside a baseline's, as ratios: for <c>bench blackboard</c>,
/// throughput and bytes per operation at each depth and the cost of a commit at each size; any
/// benchmark's figure through <see cref="Ratio"/>. A figure either side lacks
/// is said to be missing, never guessed.</summary>
public static class BaselineComparison
{
    /// <summary>The comparison of <paramref name="current"/>'s figures with <paramref name="baseline"/>'s
    /// (as <see cref="BlackboardBenchLines.Parse"/> reads them), the baseline being <paramref name="revision"/>, commit <paramref name="commit"/>.</summary>
    public static IReadOnlyList<string> Lines(string commit, string revision,
        (IReadOnlyDictionary<string, Measurement> Throughput, IReadOnlyDictionary<int, Measurement> Commits) baseline,
        (IReadOnlyDictionary<string, Measurement> Throughput, IReadOnlyDictionary<int, Measurement> Commits) current)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var (baseThroughput, baseCommits) = baseline;
        var (throughput, commits) = current;
        var lines = new List<string> { Header(commit, revision) };
        foreach ((string depth, Measurement now) in throughput.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            lines.Add(Ratio(depth, now, baseThroughput, "ops/s", "bytes per op"));
        }
        foreach ((int facts, Measurement now) in commits.OrderBy(pair => pair.Key))
        {
            lines.Add(baseCommits.TryGetValue(facts, out Measurement then)
                ? string.Format(CultureInfo.InvariantCulture,
                    "  one commit at {0:N0} facts: {1:F2} / {2:F2} µs = {3:F2}x the time; {4:N0} / {5:N0} bytes = {6:F2}x",
                    facts, BlackboardBenchLines.Microseconds(now), BlackboardBenchLines.Microseconds(then),
                    then.EventsPerSecond / now.EventsPerSecond, now.BytesPerEvent, then.BytesPerEvent, now.BytesPerEvent / then.BytesPerEvent)
                : string.Format(CultureInfo.InvariantCulture, "  one commit at {0:N0} facts: the baseline printed no figure", facts));
        }
        return lines;
    }

    /// <summary>The line that opens a comparison with the baseline <paramref name="revision"/>, commit <paramref name="commit"/>.</summary>
    public static string Header(string commit, string revision)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return $"baseline {revision} ({commit[..Math.Min(12, commit.Length)]}), built and measured in this run; this build / baseline:";
    }

    /// <summary>The figure <paramref name="label"/> of this build beside the baseline's, rate and bytes each
    /// as a ratio (<paramref name="rate"/> and <paramref name="bytes"/> name their units), or the line
    /// saying the baseline printed none.</summary>
    public static string Ratio(string label, Measurement now, IReadOnlyDictionary<string, Measurement> baseline, string rate, string bytes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline.TryGetValue(label, out Measurement then)
            ? string.Format(CultureInfo.InvariantCulture,
                "  {0}: {1:N0} / {2:N0} {3} = {4:F2}x; {5:N0} / {6:N0} {7} = {8:F2}x",
                label, now.EventsPerSecond, then.EventsPerSecond, rate, now.EventsPerSecond / then.EventsPerSecond,
                now.BytesPerEvent, then.BytesPerEvent, bytes, now.BytesPerEvent / then.BytesPerEvent)
            : $"  {label}: the baseline printed no figure";
    }
}
