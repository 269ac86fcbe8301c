using Nexus.Experiments.Benchmarks;

namespace Nexus.Tests.Experiments;

/// <summary><c>bench blackboard --baseline</c>: an earlier commit's figures are read from the lines its
/// build printed, in this run, and set beside this build's as ratios; a figure the baseline did not
/// print is said to be missing, and a revision that names no commit is refused before anything runs.</summary>
public sealed class BaselineComparisonTests
{
    /// <summary>Lines exactly as the commit before the baseline option printed them.</summary>
    private const string Earlier = """
        progress: 1,000 facts committed
        blackboard at depth 1, 16 agents: 4 workers 22,623 ops/s (10,309 bytes per op, 0 swaps lost), 1 worker 9,705 ops/s, ratio 2.33
        blackboard at depth 2 (cf-workers), 16 agents: 4 workers 13,960 ops/s (12,497 bytes per op, 861 swaps lost), 1 worker 14,820 ops/s, ratio 0.94
        one commit at      1,000 facts:    48.77 µs,   7,622 bytes allocated; 1.00x the cost at 1,000
        one commit at    100,000 facts:    55.98 µs,   7,766 bytes allocated; 1.15x the cost at 1,000
        """;

    [Test]
    public void The_figures_an_earlier_build_printed_are_read_back()
    {
        var (throughput, commits) = BlackboardBenchLines.Parse(Earlier);
        Assert.That(throughput.Keys, Is.EquivalentTo(new[] { "depth 1", "depth 2 (cf-workers)" }));
        Assert.That(throughput["depth 2 (cf-workers)"], Is.EqualTo(new Measurement(13_960, 12_497)));
        Assert.That(commits.Keys, Is.EquivalentTo(new[] { 1_000, 100_000 }));
        Assert.That(BlackboardBenchLines.Microseconds(commits[100_000]), Is.EqualTo(55.98).Within(1e-9));
        Assert.That(commits[100_000].BytesPerEvent, Is.EqualTo(7_766));
    }

    [Test]
    public void The_lines_this_build_prints_read_back_as_what_it_measured()
    {
        var measured = new Measurement(123_456, 987);
        string lines = BlackboardBenchLines.Throughput("depth 2 (local)", 16, 4, measured, 3, new Measurement(100_000, 1)) + "\n"
            + BlackboardBenchLines.Commit(1_000_000, new Measurement(50_000, 6_543), 1_000, new Measurement(100_000, 6_000));
        var (throughput, commits) = BlackboardBenchLines.Parse(lines);
        Assert.That(throughput["depth 2 (local)"], Is.EqualTo(measured));
        Assert.That(BlackboardBenchLines.Microseconds(commits[1_000_000]), Is.EqualTo(20).Within(1e-9));
        Assert.That(commits[1_000_000].BytesPerEvent, Is.EqualTo(6_543));
    }

    [Test]
    public void Each_figure_is_set_beside_the_baselines_as_a_ratio_and_a_missing_one_is_named()
    {
        string current = BlackboardBenchLines.Throughput("depth 1", 16, 4, new Measurement(45_246, 5_155), 0, new Measurement(1, 1)) + "\n"
            + BlackboardBenchLines.Commit(1_000, new Measurement(1e6 / 12.19, 7_622), 1_000, new Measurement(1e6 / 12.19, 7_622)) + "\n"
            + BlackboardBenchLines.Commit(1_000_000, new Measurement(1e6 / 20, 7_000), 1_000, new Measurement(1e6 / 12.19, 7_622));
        IReadOnlyList<string> lines = BaselineComparison.Lines("df5983fd42ac0123", "HEAD~1", BlackboardBenchLines.Parse(Earlier), BlackboardBenchLines.Parse(current));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "baseline HEAD~1 (df5983fd42ac), built and measured in this run; this build / baseline:",
            "  depth 1: 45,246 / 22,623 ops/s = 2.00x; 5,155 / 10,309 bytes per op = 0.50x",
            "  one commit at 1,000 facts: 12.19 / 48.77 µs = 0.25x the time; 7,622 / 7,622 bytes = 1.00x",
            "  one commit at 1,000,000 facts: the baseline printed no figure",
        }));
    }

    [Test]
    public void Of_several_rounds_each_figure_is_the_fastest()
    {
        string slower = Earlier.Replace("4 workers 22,623 ops/s (10,309", "4 workers 20,000 ops/s (9,999", StringComparison.Ordinal)
            .Replace("48.77 µs,   7,622", "40.00 µs,   7,000", StringComparison.Ordinal);
        var (throughput, commits) = BlackboardBenchLines.Best([Earlier, slower]);
        Assert.That(throughput["depth 1"], Is.EqualTo(new Measurement(22_623, 10_309)));
        Assert.That(BlackboardBenchLines.Microseconds(commits[1_000]), Is.EqualTo(40).Within(1e-9));
        Assert.That(commits[1_000].BytesPerEvent, Is.EqualTo(7_000));
    }

    [Test]
    public void Of_several_rounds_run_apart_the_line_of_each_fastest_figure_is_printed_in_order()
    {
        string slower = Earlier.Replace("4 workers 22,623 ops/s", "4 workers 20,000 ops/s", StringComparison.Ordinal)
            .Replace("48.77 µs,", "40.00 µs,", StringComparison.Ordinal);
        string[] earlier = Earlier.Split('\n');
        string[] later = slower.Split('\n');
        Assert.That(BlackboardBenchLines.BestLines([Earlier, slower]), Is.EqualTo(new[] { earlier[1], earlier[2], later[3], earlier[4] }));
    }

    [Test]
    public void A_revision_that_names_no_commit_is_refused_naming_it() =>
        Assert.That(() => BaselineBuild.Create("no-such-revision-of-nexus", _ => { }),
            Throws.Exception.With.Message.StartsWith("--baseline: 'no-such-revision-of-nexus' names no commit of the checkout at "));
}
