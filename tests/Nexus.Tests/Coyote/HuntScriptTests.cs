namespace Nexus.Tests.Coyote;

/// <summary>The hunt mode's script, <c>tests/Nexus.Coyote.Tests/hunt.ps1</c>, over the Coyote test assembly
/// this build rewrote: a correct hunt passes, a seeded bug fails the script with a trace and a replay
/// command that reproduces the bug, and bad input is one line and exit code 2.</summary>
public sealed class HuntScriptTests
{
    private static (int ExitCode, string Output) Hunt(string match, int iterations) =>
        ExternalProcess.Run("dotnet", RepositoryPaths.Root, TimeSpan.FromMinutes(5),
            "pwsh", "-NoProfile", "-File", Path.Combine("tests", "Nexus.Coyote.Tests", "hunt.ps1"),
            "-NoBuild", "-Configuration", RepositoryPaths.BuildConfiguration, "-Iterations", iterations.ToString(), "-Match", match);

    [Test]
    public void A_correct_hunt_explores_every_iteration_and_passes()
    {
        (int exit, string output) = Hunt("^TwoFlushesOnOneKey_Depth2$", 20);

        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("Explored 20 execution paths").And.Contain("hunt: no bug in 1 tests, 20 iterations each"));
    }

    [Test]
    public void A_seeded_bug_fails_the_hunt_and_the_replay_command_it_prints_reproduces_the_bug()
    {
        (int exit, string output) = Hunt("^SameFactThroughWorkers_CheckThenActReplayGuard$", 1000);

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("BUG found at iteration").And.Contain("commit 1 was written twice"));
        string replay = output.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("replay: dotnet coyote replay ", StringComparison.Ordinal));
        string[] arguments = replay["replay: dotnet ".Length..].Split(' ');
        Assert.That(File.Exists(Path.Combine(RepositoryPaths.Root, arguments[3])), Is.True, "the trace the script names: " + arguments[3]);

        (int replayed, string replayOutput) = ExternalProcess.Run("dotnet", RepositoryPaths.Root, TimeSpan.FromMinutes(2), arguments);

        Assert.That(replayed, Is.EqualTo(2), "coyote exits 2 when it reproduces a bug:\n" + replayOutput);
        Assert.That(replayOutput, Does.Contain("commit 1 was written twice").And.Contain("Reproduced 1 bug"));
    }

    [Test]
    public void A_match_that_names_no_test_is_one_line_and_exit_code_2()
    {
        (int exit, string output) = Hunt("^NoSuchHunt$", 1);

        Assert.That(exit, Is.EqualTo(2), output);
        Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(output, Does.StartWith("hunt: -Match ^NoSuchHunt$: no hunt test matches").And.Contain("SameFactThroughWorkers_Depth1"));
    }
}
