namespace Nexus.Tests.Experiments;

/// <summary>One error path for every command: bad input is one line naming what is wrong, exit code 2,
/// and no stack trace, whether the parser, an option's bounds or a missing or unreadable path finds it.</summary>
public sealed class ErrorPathTests
{
    [TestCase("bench engine --events -5", "--events must lie in [1000, 1000000000], got -5")]
    [TestCase("bench engine --rounds 0", "--rounds must lie in [1, 1000], got 0")]
    [TestCase("bench engine --events abc", "Cannot parse argument 'abc' for option '--events'")]
    [TestCase("bench storage --clients 0", "--clients must lie in [1, 1000000], got 0")]
    [TestCase("bench storage --simulated-seconds 0", "--simulated-seconds must lie in")]
    [TestCase("bench storage --profile no-such-profile.yaml", "no such file")]
    [TestCase("bench storage --rates 1,99999999", "--rates takes numbers in (0, 1000] separated by commas, got '99999999'")]
    [TestCase("bench storage --baseline no-such-revision-of-nexus", "--baseline: 'no-such-revision-of-nexus' names no commit of the checkout at ")]
    [TestCase("bench loop --reference no-such-script.py", "--reference: no such file")]
    [TestCase("simulate network --seed 1 --lossy", "--lossy")]
    public void Bad_input_is_one_line_exit_code_2_and_no_stack_trace(string commandLine, string message) =>
        AssertOneLineError(NexusProcess.Run(commandLine.Split(' ')), message);

    [TestCase("storage")]
    [TestCase("blackboard")]
    public void A_benchmark_refuses_bad_input_before_it_builds_its_baseline(string benchmark)
    {
        (int exitCode, string output) = NexusProcess.Run("bench", benchmark, "--baseline", "HEAD", "--profile", "no-such-profile.yaml");
        AssertOneLineError((exitCode, output), "no such file");
        Assert.That(output, Does.Not.Contain("baseline: HEAD is"), "nothing was built");
    }

    [Test]
    public void A_directory_where_a_config_file_belongs_is_one_line_and_exit_code_2()
    {
        string directory = Path.Combine(RepositoryPaths.Root, "configs");
        AssertOneLineError(NexusProcess.Run("run", directory), directory);
    }

    [Test]
    public void An_output_that_cannot_be_written_is_one_line_exit_code_2_and_writes_nothing()
    {
        // A path whose parent is a file can never be created.
        string file = Path.GetTempFileName();
        try
        {
            string output = Path.Combine(file, "sweep.csv");
            AssertOneLineError(NexusProcess.Run("simulate", "network-sweep", "--seeds", "1-1", "--messages", "5", "--output", output), "error: ");
            AssertOneLineError(NexusProcess.Run("simulate", "network", "--seed", "1", "--messages", "5", "--trace", Path.Combine(file, "trace.jsonl")), "error: ");
            Assert.That(new FileInfo(file).Length, Is.Zero, "nothing was written");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertOneLineError((int ExitCode, string Output) run, string message)
    {
        (int exitCode, string output) = run;
        Assert.That(exitCode, Is.EqualTo(2), output);
        string[] lines = output.TrimEnd().Split('\n');
        Assert.That(lines[^1], Does.StartWith("error: ").And.Contain(message), "the error is one line, the last");
        Assert.That(lines.Count(line => line.StartsWith("error: ", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(output, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
    }
}
