namespace Nexus.Tests.Experiments;

public sealed class CommandLineTests
{
    [TestCase("--help")]
    [TestCase("bench", "--help")]
    [TestCase("bench", "engine", "--help")]
    [TestCase("bench", "storage", "--help")]
    [TestCase("bench", "loop", "--help")]
    [TestCase("bench", "learned", "--help")]
    [TestCase("simulate", "--help")]
    [TestCase("simulate", "network", "--help")]
    [TestCase("simulate", "network-sweep", "--help")]
    [TestCase("simulate", "storage", "--help")]
    [TestCase("run", "--help")]
    [TestCase("check", "--help")]
    [TestCase("check", "blackboard", "--help")]
    [TestCase("check", "two-phase-commit", "--help")]
    [TestCase("check", "storage", "--help")]
    public void Every_command_explains_itself_with_help(params string[] arguments)
    {
        (int exitCode, string output) = NexusProcess.Run(arguments);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("Usage:").And.Contain("Description:"));
    }

    [Test]
    public void A_seed_range_that_runs_backwards_is_rejected_naming_it()
    {
        (int exitCode, string output) = NexusProcess.Run("simulate", "network-sweep", "--seeds", "9-3", "--output", Path.Combine(Path.GetTempPath(), "never.csv"));
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("'9-3'"));
    }

    [Test]
    public void A_network_of_one_node_is_rejected_naming_the_value()
    {
        (int exitCode, string output) = NexusProcess.Run("simulate", "network", "--seed", "1", "--nodes", "1");
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--nodes must lie in [2, 1000], got 1"));
    }

    [Test]
    public void A_storage_run_with_a_missing_profile_is_rejected_naming_the_file()
    {
        (int exitCode, string output) = NexusProcess.Run("simulate", "storage", "--seed", "1", "--profile", "no-such-profile.yaml");
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--profile: no such file").And.Contain("no-such-profile.yaml"));
    }

    [Test]
    public void An_unknown_option_is_an_error_naming_it()
    {
        (int exitCode, string output) = NexusProcess.Run("simulate", "network", "--seed", "1", "--lossy");
        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("--lossy"));
    }

    [Test]
    public void A_traced_run_writes_one_json_line_per_trace_event()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nexus-trace-{Environment.ProcessId}.jsonl");
        try
        {
            (int exitCode, string output) = NexusProcess.Run("simulate", "network", "--seed", "3", "--messages", "10", "--trace", path);
            Assert.That(exitCode, Is.Zero, output);
            string[] lines = File.ReadAllLines(path);
            Assert.That(output, Does.Contain($"{lines.Length} trace lines"));
            Assert.That(lines, Has.All.StartsWith("{\"t\":"));
            Assert.That(File.Exists(path + ".partial"), Is.False);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
