namespace Nexus.Tests;

/// <summary>The tests' process runner: a program that hangs is killed at its timeout, not waited on.</summary>
public sealed class ExternalProcessTests
{
    [Test]
    public void A_program_that_hangs_with_its_output_open_is_killed_at_the_timeout()
    {
        // sleep keeps the pipes open; a runner that read the output to its end before the bounded wait
        // would wait the whole minute and then report success.
        var hang = Assert.Throws<TimeoutException>(() => ExternalProcess.Run("sleep", Path.GetTempPath(), TimeSpan.FromSeconds(1), "60"));
        Assert.That(hang!.Message, Does.StartWith("sleep did not finish within 1 s and was killed"));
    }

    [Test]
    public void A_program_that_finishes_gives_its_exit_code_and_output()
    {
        (int exitCode, string output) = ExternalProcess.Run("bash", Path.GetTempPath(), TimeSpan.FromSeconds(30), "-c", "echo out; echo err >&2; exit 3");
        Assert.That((exitCode, output), Is.EqualTo((3, "out\nerr\n")));
    }
}
