using Nexus.Experiments.Configuration;
using Nexus.Experiments.Coyote;
using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Configuration;
using Nexus.Scenarios.Hunts;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.Coyote;

/// <summary>The strategy study over the scenario library's rewritten copy: a small study finds its
/// bugs and gives the same bytes in this process and in a second one (q-learning, which a fixed seed
/// does not repeat, printed but never written); the committed config and CSV agree; an unrewritten
/// assembly and a bad config are refused.</summary>
public sealed class StrategyStudyTests
{
    private static readonly string CommittedConfig = Path.Combine(RepositoryPaths.Root, "configs", "coyote", "seeded-bugs.yaml");

    /// <summary>The scenario library's rewritten copy of this build's configuration (its build writes it).</summary>
    private static readonly string RewrittenLibrary = Path.Combine(RepositoryPaths.Root, "scenarios", "bin",
        RepositoryPaths.BuildConfiguration, "net10.0", "coyote", "Nexus.Scenarios.dll");

    /// <summary>A study config's lines naming the rewritten library and the profile its hunts run behind.</summary>
    internal static string LibraryLines { get; } = $"assembly: {RewrittenLibrary}\nprofile: {RepositoryPaths.Profile("cf-workers")}\n";

    private static string SmallStudy(string directory) =>
        "name: small\n" +
        LibraryLines +
        "strategies: [random, probabilistic, q-learning]\n" +
        "coyote_seeds: [1, 2]\n" +
        "iterations_max: 300\n" +
        "swarm_seeds_max: 30\n" +
        "bugs: [check-then-act-replay-guard, flush-without-arbitration, check-then-take-receipt]\n";

    [Test]
    public void A_small_study_finds_its_bugs_and_gives_the_same_bytes_here_and_in_a_second_process()
    {
        string directory = Directory.CreateTempSubdirectory("nexus-study-").FullName;
        try
        {
            string config = Path.Combine(directory, "small.yaml");
            File.WriteAllText(config, SmallStudy(directory));
            CoyoteStudy study = CoyoteStudyLoader.Load(config);
            var sweep = new StrategyStudySweep(study, RewrittenHunts.Load(study.Assembly, study.Profile), _ => { });
            IReadOnlyList<HuntResult> results = SweepExecutor.Run(sweep.Units, sweep.RunUnit, null, 1, (_, _) => { })!;
            string here = Directory.CreateDirectory(Path.Combine(directory, "here")).FullName;
            StrategyStudyOutput.Write(study, results, here);

            (int exit, string output) = NexusProcess.Run("coyote-study", config, "--output-dir", Path.Combine(directory, "there"));

            Assert.That(exit, Is.Zero, output);
            Assert.That(results, Has.Count.EqualTo(3 * (3 * 2 + 1)));
            Assert.That(File.ReadAllText(Path.Combine(here, "small-iterations.csv")), Does.Not.Contain("q-learning"), "q-learning does not repeat under a fixed seed");
            Assert.That(output, Does.Contain("q-learning").And.Contain("not written"));
            Assert.That(results.Where(hunt => hunt.Hunter != StrategyStudyRunner.Swarm && hunt.Reproducible), Has.All.Matches<HuntResult>(hunt => hunt.Iterations is > 0 and <= 300));
            foreach (string file in new[] { "small-iterations.csv", "small-iterations.png" })
            {
                Assert.That(File.ReadAllBytes(Path.Combine(directory, "there", file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(here, file))), file);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void The_committed_csv_holds_every_bug_hunted_by_every_reproducible_strategy_over_ten_seeds_and_the_swarm()
    {
        CoyoteStudy study = CoyoteStudyLoader.Load(CommittedConfig);
        string[] rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "figures", study.Name + "-iterations.csv"));
        string[] bugs = [.. rows.Skip(1).Select(row => row.Split(',')[0]).Distinct()];

        // Every strategy whose hunts repeat under a fixed seed, and only those: the study computes nothing it cannot write.
        Assert.That(study.Strategies.Select(strategy => strategy.Name), Is.EqualTo(CoyoteStrategy.Names.Where(name => name != "q-learning")));
        Assert.That(study.Strategies, Has.All.Matches<CoyoteStrategy>(strategy => strategy.Reproducible));
        Assert.That(study.Seeds, Has.Count.EqualTo(10));
        Assert.That(study.Bugs, Is.Null, "the committed study hunts every seeded bug of the catalogue");
        Assert.That(bugs, Is.EqualTo(HuntCatalogue.Seeded.Select(hunt => hunt.Bug!.Name)));
        Assert.That(bugs, Does.Contain("bid-from-stale-cache").And.Contain("check-then-take-receipt"), "the private-commerce world's bugs");
        Assert.That(rows, Has.Length.EqualTo(1 + bugs.Length * (study.Strategies.Count * 10 + 1)));
        Assert.That(rows, Has.None.Contain("q-learning"));
    }

    [Test]
    public void A_library_the_coyote_rewriter_has_not_rewritten_is_refused_since_it_would_report_false_bugs()
    {
        // The library as built, beside the folder its rewritten copy goes to.
        string unrewritten = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(RewrittenLibrary))!, "Nexus.Scenarios.dll");
        Assert.That(File.Exists(unrewritten), Is.True, "the scenario library is where its build leaves it: " + unrewritten);

        var error = Assert.Throws<InvalidDataException>(() => RewrittenHunts.Load(unrewritten, RepositoryPaths.Profile("cf-workers")));

        Assert.That(error!.Message, Does.Contain("is not rewritten for Coyote"));
    }

    [TestCase("strategies: [random, probabilistic, q-learning]", "strategies: [random, dfs]", "strategies: unknown strategy 'dfs'")]
    [TestCase("iterations_max: 300", "iterations_max: 0", "iterations_max: must lie in [1, 1000000], got 0")]
    [TestCase("swarm_seeds_max: 30", "swarm_seeds_max: 30\nbudget: 5", "budget")]
    public void A_bad_study_config_is_one_error_naming_file_line_and_field(string good, string bad, string expected)
    {
        string text = SmallStudy("/tmp");
        Assert.That(text, Does.Contain(good));

        var error = Assert.Throws<ConfigError>(() => CoyoteStudyLoader.Parse("small.yaml", text.Replace(good, bad, StringComparison.Ordinal)));

        Assert.That(error!.Message, Does.StartWith("small.yaml:").And.Contain(expected));
    }
}
