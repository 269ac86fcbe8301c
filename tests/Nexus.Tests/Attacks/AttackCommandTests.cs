using System.Text.RegularExpressions;
using Nexus.Scenarios.Exchange;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.Attacks;

/// <summary><c>nexus attack</c> as a researcher runs it, in a separate process: the matrix is
/// byte-identical from process to process; a depth-1 violation exits 1 and its printed command replays
/// it; a depth-2-only violation exits 0 warning of an orchestration gap; bad input and a cell that
/// proves nothing exit 2 and write nothing.</summary>
[NonParallelizable]
public sealed class AttackCommandTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-attack-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    /// <summary>The small committed campaign on seed 1 (or <paramref name="seeds"/>), written where the test can change it.</summary>
    private string Config(string extra = "", string seeds = "[1]", Func<string, string>? change = null)
    {
        string text = Campaigns.SmallText(seeds).Replace("workers: 4", "workers: 4" + extra, StringComparison.Ordinal);
        string path = Path.Combine(_directory, "exchange-contract.yaml");
        File.WriteAllText(path, change is null ? text : change(text));
        return path;
    }

    private string[] Written(string output) => Directory.Exists(output) ? Directory.GetFiles(output) : [];

    [Test]
    public void The_matrix_is_byte_identical_across_processes_and_every_cell_holds()
    {
        string config = Config();
        string first = Path.Combine(_directory, "first");
        string second = Path.Combine(_directory, "second");
        (int exitCode, string output) = NexusProcess.Run("attack", config, "--output-dir", first);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(NexusProcess.Run("attack", config, "--output-dir", second).ExitCode, Is.Zero);
        foreach (string name in new[] { "exchange-contract-matrix.csv", "exchange-contract-matrix.md", "exchange-contract-matrix.png" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(second, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, name))), name);
        }
        string csv = File.ReadAllText(Path.Combine(first, "exchange-contract-matrix.csv"));
        Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1 + AttackScenario.All.Count * 2), "a header and every scenario at 2 depths");
        Assert.That(csv, Does.Not.Contain("VIOLATED").And.Not.Contain("ERROR"));
    }

    [Test]
    public void A_depth_1_violation_exits_1_and_its_printed_command_run_as_printed_replays_the_same_failure()
    {
        string config = Config("\ndefence_off: replay-guard");
        (int exitCode, string output) = NexusProcess.Run("attack", config, "--output-dir", Path.Combine(_directory, "out"));
        Assert.That(exitCode, Is.EqualTo(1), output);
        Match replay = Regex.Match(output, @"Replay: `(\./nexus attack \S+ --scenario replay --depth depth-1 --seed \d+)`");
        Assert.That(replay.Success, Is.True, output);
        Match detail = Regex.Match(output, @"\*\*replay at depth-1\*\*: VIOLATED .*First failure: (seed \d+, step \d+, [^(]*)");
        Assert.That(detail.Success, Is.True, output);

        // Exactly as printed, by a shell in the repository root.
        (int again, string replayed) = ExternalProcess.Run("bash", RepositoryPaths.Root, TimeSpan.FromSeconds(120), "-c", replay.Groups[1].Value);
        Assert.That(again, Is.EqualTo(1), replayed);
        Assert.That(replayed, Does.Contain(detail.Groups[1].Value.Trim()));
    }

    [Test]
    public void A_violation_only_at_depth_2_exits_0_warning_of_the_orchestration_gap()
    {
        string config = Config("\ndefence_off: chain-head-cas");
        (int exitCode, string output) = NexusProcess.Run("attack", config, "--scenario", "replay");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("warning: orchestration gap: replay is VIOLATED at depth-2"));
    }

    [Test]
    public void A_scenario_violated_at_both_depths_exits_1_with_no_orchestration_gap_warning()
    {
        string config = Config("\ndefence_off: replay-guard");
        (int exitCode, string output) = NexusProcess.Run("attack", config, "--scenario", "replay");
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("**replay at depth-1**: VIOLATED").And.Contain("**replay at depth-2**: VIOLATED"));
        Assert.That(output, Does.Not.Contain("orchestration gap"));
    }

    [Test]
    public void Bad_input_is_one_line_exit_2_and_nothing_written()
    {
        string output = Path.Combine(_directory, "out");
        string config = Config(change: text => text.Replace("role: sybil", "role: wizard", StringComparison.Ordinal));
        (int exitCode, string printed) = NexusProcess.Run("attack", config, "--output-dir", output);
        Assert.That(exitCode, Is.EqualTo(2), printed);
        Assert.That(printed, Does.Match(@"error: .*exchange-contract\.yaml:\d+: scenarios\[6\]\.attackers\[0\]\.role: unknown value 'wizard'"));
        Assert.That(Written(output), Is.Empty);

        (int unknown, string said) = NexusProcess.Run("attack", Config(), "--scenario", "teleport");
        Assert.That(unknown, Is.EqualTo(2));
        Assert.That(said, Does.Contain("error: --scenario: 'teleport' is not in the campaign"));
    }

    [Test]
    public void A_cell_that_proves_nothing_exits_2_naming_it_and_nothing_is_written()
    {
        string output = Path.Combine(_directory, "out");
        string config = Config(change: text => text.Replace("surface: overlay, actions: 12, think_ms: 300 }\n  - scenario: sybil", "surface: overlay, actions: 0, think_ms: 300 }\n  - scenario: sybil", StringComparison.Ordinal));
        Assert.That(File.ReadAllText(config), Does.Contain("actions: 0"));
        (int exitCode, string printed) = NexusProcess.Run("attack", config, "--output-dir", output);
        Assert.That(exitCode, Is.EqualTo(2), printed);
        Assert.That(printed, Does.Contain("error: replay at depth-1, seed 1: the attacker never acted"));
        Assert.That(Written(output), Is.Empty);
    }
}
