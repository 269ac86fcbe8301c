using System.Globalization;
using System.Text.RegularExpressions;

namespace Nexus.Experiments.Benchmarks;

/// <summary>The lines <c>nexus bench blackboard</c> prints for its measurements, and their reading
/// back: a baseline is an earlier commit's build running the same command, and what it measured is
/// read from these lines, so their shape stays as it is (new lines must not start like them).</summary>
public static partial class BlackboardBenchLines
{
    /// <summary>The line of a throughput measurement at <paramref name="depth"/> ("depth 1", "depth 2 (PROFILE)").</summary>
    public static string Throughput(string depth, int agents, int workers, Measurement measured, long swapsLost, Measurement oneWorker) =>
        string.Format(CultureInfo.InvariantCulture,
            "blackboard at {0}, {1} agents: {2} workers {3:N0} ops/s ({4:N0} bytes per op, {5} swaps lost), 1 worker {6:N0} ops/s, ratio {7:F2}",
            depth, agents, workers, measured.EventsPerSecond, measured.BytesPerEvent, swapsLost, oneWorker.EventsPerSecond,
            measured.EventsPerSecond / oneWorker.EventsPerSecond);

    /// <summary>The line of one commit's cost at <paramref name="facts"/> committed Facts, beside the cost at the smallest size.</summary>
    public static string Commit(int facts, Measurement perCommit, int smallest, Measurement atSmallest) =>
        string.Format(CultureInfo.InvariantCulture,
            "one commit at {0,10:N0} facts: {1,8:F2} µs, {2,7:N0} bytes allocated; {3:F2}x the cost at {4:N0}",
            facts, Microseconds(perCommit), perCommit.BytesPerEvent, atSmallest.EventsPerSecond / perCommit.EventsPerSecond, smallest);

    /// <summary>Microseconds per commit.</summary>
    public static double Microseconds(Measurement perCommit) => 1e6 / perCommit.EventsPerSecond;

    /// <summary>The multi-worker throughput measurements in <paramref name="output"/>, by depth, and the
    /// commit costs, by committed Facts (as operations per second: commits per second).</summary>
    public static (IReadOnlyDictionary<string, Measurement> Throughput, IReadOnlyDictionary<int, Measurement> Commits) Parse(string output) => Best([output]);

    /// <summary>The figures of several outputs of the same command, each the fastest of them.</summary>
    public static (IReadOnlyDictionary<string, Measurement> Throughput, IReadOnlyDictionary<int, Measurement> Commits) Best(IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        string[] all = [.. outputs];
        return (FastestFigures.Of(all.SelectMany(ThroughputFigures)).ToDictionary(figure => figure.Key, figure => figure.Measured, StringComparer.Ordinal),
            FastestFigures.Of(all.SelectMany(CommitFigures)).ToDictionary(figure => figure.Key, figure => figure.Measured));
    }

    /// <summary>The lines of several outputs of the same command that carry the fastest of each figure,
    /// in the order the command prints them (throughputs, then commit costs).</summary>
    public static IReadOnlyList<string> BestLines(IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        string[] all = [.. outputs];
        return [.. FastestFigures.Of(all.SelectMany(ThroughputFigures)).Select(figure => figure.Line),
            .. FastestFigures.Of(all.SelectMany(CommitFigures)).Select(figure => figure.Line)];
    }

    private static IEnumerable<(string Depth, Measurement Measured, string Line)> ThroughputFigures(string output) =>
        from line in BenchOutput.Lines(output)
        let t = ThroughputPattern().Match(line)
        where t.Success
        select (t.Groups["depth"].Value, new Measurement(BenchOutput.Number(t, "ops"), BenchOutput.Number(t, "bytes")), line);

    private static IEnumerable<(int Facts, Measurement PerCommit, string Line)> CommitFigures(string output) =>
        from line in BenchOutput.Lines(output)
        let c = CommitPattern().Match(line)
        where c.Success
        select ((int)BenchOutput.Number(c, "facts"), new Measurement(1e6 / BenchOutput.Number(c, "us"), BenchOutput.Number(c, "bytes")), line);

    [GeneratedRegex(@"^blackboard at (?<depth>depth [^,]+), \d+ agents: \d+ workers (?<ops>[\d,.]+) ops/s \((?<bytes>[\d,.]+) bytes per op")]
    private static partial Regex ThroughputPattern();

    [GeneratedRegex(@"^one commit at\s+(?<facts>[\d,]+) facts:\s+(?<us>[\d,.]+) µs,\s+(?<bytes>[\d,.]+) bytes allocated")]
    private static partial Regex CommitPattern();
}
