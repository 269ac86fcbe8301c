using Nexus.Experiments.Benchmarks;

namespace Nexus.Tests.Experiments;

/// <summary><c>bench storage --baseline</c>: an earlier commit's figures are read from the lines its build
/// printed in this run, the fastest of its rounds kept, and set beside this build's as ratios; a figure
/// the baseline did not print is said to be missing.</summary>
public sealed class StorageBenchLinesTests
{
    /// <summary>Lines exactly as the commit before the baseline option printed them.</summary>
    private const string Earlier = """
        operations through the boundary (cf-workers, 1000 clients): depth 2 2,171,830 ops/s (1 bytes allocated per op), depth 1 14,364,555 ops/s, ratio 0.151
        simulation speed (cf-workers, 100 workers, 2 requests/s each, 917 store ops per simulated second): 781 simulated seconds per wall-clock second, 141 bytes allocated per store op
        simulation speed (cf-workers, 100 workers, 10 requests/s each, 3,437 store ops per simulated second): 253 simulated seconds per wall-clock second, 136 bytes allocated per store op
        """;

    [Test]
    public void The_figures_an_earlier_build_printed_are_read_back()
    {
        IReadOnlyDictionary<string, Measurement> figures = StorageBenchLines.Parse(Earlier);
        Assert.That(figures.Keys, Is.EquivalentTo(new[] { StorageBenchLines.Operations, StorageBenchLines.SpeedAt(2), StorageBenchLines.SpeedAt(10) }));
        Assert.That(figures[StorageBenchLines.Operations], Is.EqualTo(new Measurement(2_171_830, 1)));
        Assert.That(figures[StorageBenchLines.SpeedAt(10)], Is.EqualTo(new Measurement(253, 136)));
    }

    [Test]
    public void The_lines_this_build_prints_read_back_as_what_it_measured()
    {
        string lines = StorageBenchLines.OperationsLine("local", 7, new Measurement(3_123_456, 0), new Measurement(20_000_000, 0)) + "\n"
            + StorageBenchLines.SpeedLine("local", 100, 0.5, 173.4, new Measurement(1_234, 98)) + "\n"
            + StorageBenchLines.SpeedLine("local", 100, 1000, 3_437, new Measurement(12, 77));
        IReadOnlyDictionary<string, Measurement> figures = StorageBenchLines.Parse(lines);
        Assert.That(figures[StorageBenchLines.Operations], Is.EqualTo(new Measurement(3_123_456, 0)));
        Assert.That(figures[StorageBenchLines.SpeedAt(0.5)], Is.EqualTo(new Measurement(1_234, 98)));
        Assert.That(figures[StorageBenchLines.SpeedAt(1000)], Is.EqualTo(new Measurement(12, 77)));
    }

    [Test]
    public void Of_several_rounds_each_figure_is_the_fastest()
    {
        string faster = Earlier.Replace("depth 2 2,171,830 ops/s (1 bytes", "depth 2 2,500,000 ops/s (2 bytes", StringComparison.Ordinal)
            .Replace("781 simulated seconds per wall-clock second, 141", "700 simulated seconds per wall-clock second, 140", StringComparison.Ordinal);
        IReadOnlyDictionary<string, Measurement> best = StorageBenchLines.Best([Earlier, faster]);
        Assert.That(best[StorageBenchLines.Operations], Is.EqualTo(new Measurement(2_500_000, 2)));
        Assert.That(best[StorageBenchLines.SpeedAt(2)], Is.EqualTo(new Measurement(781, 141)));
    }

    [Test]
    public void Of_several_rounds_run_apart_the_line_of_each_fastest_figure_is_printed_in_order()
    {
        string faster = Earlier.Replace("depth 2 2,171,830 ops/s", "depth 2 2,500,000 ops/s", StringComparison.Ordinal);
        string[] lines = [.. Earlier.Split('\n'), .. faster.Split('\n')];
        Assert.That(StorageBenchLines.BestLines([Earlier, faster]), Is.EqualTo(new[] { lines[3], lines[1], lines[2] }));
    }

    [Test]
    public void Each_figure_is_set_beside_the_baselines_as_a_ratio_and_a_missing_one_is_named()
    {
        IReadOnlyDictionary<string, Measurement> then = StorageBenchLines.Parse(Earlier);
        Assert.That(BaselineComparison.Ratio(StorageBenchLines.SpeedAt(10), new Measurement(506, 68), then, "simulated s per wall s", "bytes per store op"),
            Is.EqualTo("  simulation speed at 10 requests/s: 506 / 253 simulated s per wall s = 2.00x; 68 / 136 bytes per store op = 0.50x"));
        Assert.That(BaselineComparison.Ratio(StorageBenchLines.SpeedAt(5), new Measurement(1, 1), then, "simulated s per wall s", "bytes per store op"),
            Is.EqualTo("  simulation speed at 5 requests/s: the baseline printed no figure"));
    }
}
