using System.Globalization;
using System.Text.RegularExpressions;

namespace Nexus.Experiments.Benchmarks;

/// <summary>The lines <c>nexus bench storage</c> prints for its measurements, and their reading back: a
/// baseline is an earlier commit's build running the same command, and what it measured is read from
/// these lines, so their shape stays as it is (new lines must not start like them). A figure is keyed
/// by what it measures: <see cref="Operations"/>, or <see cref="SpeedAt"/> a request rate; a
/// simulation speed is held as a <see cref="Measurement"/> of simulated seconds per wall-clock second
/// and bytes per store operation.</summary>
public static partial class StorageBenchLines
{
    /// <summary>The key of the depth-2 operations figure.</summary>
    public const string Operations = "depth 2 operations";

    /// <summary>The key of the simulation speed at <paramref name="rate"/> requests per second per worker.</summary>
    public static string SpeedAt(double rate) => SpeedKey(rate.ToString(CultureInfo.InvariantCulture));

    /// <summary>The line of the operations measurement: depth 2 beside depth 1 in the same run.</summary>
    public static string OperationsLine(string profile, int clients, Measurement depth2, Measurement depth1) =>
        string.Format(CultureInfo.InvariantCulture,
            "operations through the boundary ({0}, {1} clients): depth 2 {2:N0} ops/s ({3:N0} bytes allocated per op), depth 1 {4:N0} ops/s, ratio {5:F3}",
            profile, clients, depth2.EventsPerSecond, depth2.BytesPerEvent, depth1.EventsPerSecond, depth2.EventsPerSecond / depth1.EventsPerSecond);

    /// <summary>The line of the simulation speed at <paramref name="rate"/>; <paramref name="load"/> is store operations per simulated second.</summary>
    public static string SpeedLine(string profile, int workers, double rate, double load, Measurement speed) =>
        string.Format(CultureInfo.InvariantCulture,
            "simulation speed ({0}, {1} workers, {2} requests/s each, {3:N0} store ops per simulated second): {4:N0} simulated seconds per wall-clock second, {5:N0} bytes allocated per store op",
            profile, workers, rate, load, speed.EventsPerSecond, speed.BytesPerEvent);

    /// <summary>The figures of several outputs of the same command, each the fastest of them.</summary>
    public static IReadOnlyDictionary<string, Measurement> Best(IEnumerable<string> outputs) =>
        FastestFigures.Of(outputs.SelectMany(Figures)).ToDictionary(figure => figure.Key, figure => figure.Measured, StringComparer.Ordinal);

    /// <summary>The lines of several outputs of the same command that carry the fastest of each figure,
    /// in the order the command prints them.</summary>
    public static IReadOnlyList<string> BestLines(IEnumerable<string> outputs) => [.. FastestFigures.Of(outputs.SelectMany(Figures)).Select(figure => figure.Line)];

    /// <summary>The figures in <paramref name="output"/>, by key.</summary>
    public static IReadOnlyDictionary<string, Measurement> Parse(string output) => Best([output]);

    private static IEnumerable<(string Key, Measurement Measured, string Line)> Figures(string output)
    {
        foreach (string line in BenchOutput.Lines(output))
        {
            if (OperationsPattern().Match(line) is { Success: true } operations)
            {
                yield return (Operations, new Measurement(BenchOutput.Number(operations, "ops"), BenchOutput.Number(operations, "bytes")), line);
            }
            else if (SpeedPattern().Match(line) is { Success: true } speed)
            {
                yield return (SpeedKey(speed.Groups["rate"].Value), new Measurement(BenchOutput.Number(speed, "speed"), BenchOutput.Number(speed, "bytes")), line);
            }
        }
    }

    private static string SpeedKey(string rate) => $"simulation speed at {rate} requests/s";

    [GeneratedRegex(@"^operations through the boundary \(.*\): depth 2 (?<ops>[\d,.]+) ops/s \((?<bytes>[\d,.]+) bytes allocated per op\)")]
    private static partial Regex OperationsPattern();

    [GeneratedRegex(@"^simulation speed \(.*, \d+ workers, (?<rate>[\d.Ee+-]+) requests/s each, [\d,.]+ store ops per simulated second\): (?<speed>[\d,.]+) simulated seconds per wall-clock second, (?<bytes>[\d,.]+) bytes allocated per store op")]
    private static partial Regex SpeedPattern();
}
