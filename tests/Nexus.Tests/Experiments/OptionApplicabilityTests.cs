namespace Nexus.Tests.Experiments;

/// <summary>Every command checks its options and where it will write before any work: an option that
/// cannot apply beside the others, and an output place that is a file where a folder must be (or the
/// reverse), or that lies under a file, is one <c>error:</c> line, exit code 2, and nothing written.</summary>
public sealed class OptionApplicabilityTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("nexus-options-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static string Config(params string[] path) => Path.Combine([RepositoryPaths.Root, "configs", .. path]);

    [TestCase("--time-scale applies only with --server", "attack", "private-commerce.yaml", "--time-scale", "2")]
    [TestCase("--key cannot be given with --scenario: only the whole campaign writes a proof", "attack", "private-commerce.yaml", "--scenario", "forged-receipt", "--key", "any.key")]
    [TestCase("--key cannot be given with --server", "attack", "exchange-contract.yaml", "--server", "http://127.0.0.1:9/", "--key", "any.key")]
    [TestCase("--output-dir cannot be given with --seed: only the whole campaign writes outputs", "attack", "private-commerce.yaml", "--seed", "1", "--output-dir", "out")]
    [TestCase("--shard applies only with --output-dir", "attack", "private-commerce.yaml", "--shard", "0/2")]
    public void An_attack_option_that_cannot_apply_is_refused(string message, string command, string config, params string[] options)
    {
        AssertRefused(message, [command, Config("attacks", config), .. options]);
    }

    [Test]
    public void A_shard_of_a_run_without_its_own_folder_is_refused_rather_than_written_among_the_figures()
    {
        AssertRefused("--shard applies only with --output-dir", "run", Config("horizon-by-proposer.yaml"), "--shard", "0/2");
    }

    [Test]
    public void Serve_refuses_workers_without_a_blackboard_and_a_snapshot_it_could_not_write_at_start()
    {
        string file = Path.Combine(_directory, "a-file");
        File.WriteAllText(file, "");

        AssertRefused("--workers applies only with --blackboard", "serve", "--profile", RepositoryPaths.Profile("cf-workers"), "--workers", "3");
        AssertRefused($"--snapshot: '{file}/snapshot.json' lies under '{file}', which is a file",
            "serve", "--profile", RepositoryPaths.Profile("cf-workers"), "--port", "0", "--snapshot", Path.Combine(file, "snapshot.json"));
    }

    [Test]
    public void Merge_refuses_a_key_for_sweeps_that_have_no_proof()
    {
        string shards = Path.Combine(_directory, "shards");
        (int exitCode, string output) = NexusProcess.Run("simulate", "network-sweep", "--seeds", "1-2", "--messages", "5", "--output", Path.Combine(shards, "traffic.csv"), "--shard", "0/1");
        Assert.That(exitCode, Is.Zero, output);

        AssertRefused("--key signs a campaign's proof, and traffic is a network-sweep sweep, which has none", "merge", Path.Combine(_directory, "merged"), shards, "--key", RepositoryPaths.DemoSigningKey);
        Assert.That(Directory.Exists(Path.Combine(_directory, "merged")), Is.False);
    }

    [Test]
    public void Every_command_that_writes_refuses_an_output_place_that_cannot_be_one_before_any_work()
    {
        string file = Path.Combine(_directory, "a-file");
        File.WriteAllText(file, "");
        string under = Path.Combine(file, "out");

        AssertRefused($"--output-dir: '{file}' is a file, not a folder", "run", Config("horizon-by-proposer.yaml"), "--output-dir", file);
        AssertRefused($"--output-dir: '{file}' is a file, not a folder", "attack", Config("attacks", "private-commerce.yaml"), "--output-dir", file);
        AssertRefused($"--output-dir: '{under}' lies under '{file}', which is a file", "coyote-study", Config("coyote", "seeded-bugs.yaml"), "--output-dir", under);
        AssertRefused($"--output-dir: '{under}' lies under '{file}', which is a file", "check", "two-phase-commit", "--seeds", "1-2", "--output-dir", under);
        AssertRefused($"--output: '{_directory}' is a folder, not a file", "simulate", "network-sweep", "--seeds", "1-2", "--output", _directory);
        AssertRefused($"output-dir: '{under}' lies under '{file}', which is a file", "merge", under, _directory);
    }

    private static void AssertRefused(string message, params string[] arguments)
    {
        (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, arguments);
        Assert.That(exitCode, Is.EqualTo(2), output);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.EqualTo(1), output);
        Assert.That(lines[0], Does.StartWith("error: ").And.Contain(message));
    }
}
