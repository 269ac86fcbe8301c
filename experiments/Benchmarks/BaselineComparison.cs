using System.Globalization;

namespace Nexus.Experiments.Benchmarks;

/// <summary>This build's <c>bench blackboard</c> figures beside a baseline's, as ratios: throughput and
/// bytes per operation at each depth, the cost of a commit at each size. A figure either side lacks
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
        var lines = new List<string> { $"baseline {revision} ({commit[..Math.Min(12, commit.Length)]}), built and measured in this run; this build / baseline:" };
        foreach ((string depth, Measurement now) in throughput.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            lines.Add(baseThroughput.TryGetValue(depth, out Measurement then)
                ? string.Format(CultureInfo.InvariantCulture,
                    "  {0}: {1:N0} / {2:N0} ops/s = {3:F2}x; {4:N0} / {5:N0} bytes per op = {6:F2}x",
                    depth, now.EventsPerSecond, then.EventsPerSecond, now.EventsPerSecond / then.EventsPerSecond,
                    now.BytesPerEvent, then.BytesPerEvent, now.BytesPerEvent / then.BytesPerEvent)
                : $"  {depth}: the baseline printed no figure");
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
}
