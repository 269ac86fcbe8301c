namespace Nexus.Tests.Experiments;

/// <summary><c>nexus check</c> as a researcher runs it: a clean bank exits 0; a defence switched off
/// fails, printing the seed, what failed first and the command that reproduces it, exit 1; bad input is
/// one line and exit 2.</summary>
public sealed class CheckCommandTests
{
    [Test]
    public void A_bank_of_seeds_at_depth_2_under_swarm_faults_passes()
    {
        (int exitCode, string output) = NexusProcess.Run("check", "blackboard", "--seeds", "1-5",
            "--profile", RepositoryPaths.Profile("cf-workers"), "--swarm");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("checked 5 seeds: 0 failed"));
    }

    [Test]
    public void With_the_replay_guard_switched_off_it_fails_printing_seed_step_and_the_reproducing_command()
    {
        (int exitCode, string output) = NexusProcess.Run("check", "blackboard", "--seeds", "1-5", "--defence-off", "replay-guard");
        Assert.That(exitCode, Is.EqualTo(1), output);
        var failure = System.Text.RegularExpressions.Regex.Match(output, @"seed (\d+) failed at step \d+ \(ExchangeAction\): outcome at commit \d+: oracle Replay");
        Assert.That(failure.Success, Is.True, output);
        string seed = failure.Groups[1].Value;
        Assert.That(output, Does.Contain($"reproduce: ./nexus check blackboard --seeds {seed}-{seed} --defence-off replay-guard"));

        (int again, string replayed) = NexusProcess.Run("check", "blackboard", "--seeds", $"{seed}-{seed}", "--defence-off", "replay-guard");
        Assert.That(again, Is.EqualTo(1));
        Assert.That(replayed, Does.Contain(failure.Value), "the printed command reproduces the same failure");
    }

    [TestCase("two-phase-commit", "two-phase-commit", "durable-decision-log", @"seed (\d+) failed \d+ atomicity violations, first: ")]
    [TestCase("storage", "cf-workers", "per-key-serialization", @"seed (\d+) failed \d+ violations, first: lost update: ")]
    public void A_world_passes_under_swarm_faults_and_fails_with_a_defence_switched_off(string world, string profileName, string defence, string failurePattern)
    {
        string profile = RepositoryPaths.Profile(profileName);
        (int clean, string cleanOutput) = NexusProcess.Run("check", world, "--seeds", "1-5", "--swarm", "--profile", profile);
        Assert.That(clean, Is.Zero, cleanOutput);
        Assert.That(cleanOutput, Does.Contain("checked 5 seeds: 0 failed"));

        (int broken, string output) = NexusProcess.Run("check", world, "--seeds", "1-5", "--profile", profile, "--defence-off", defence);
        Assert.That(broken, Is.EqualTo(1), output);
        var failure = System.Text.RegularExpressions.Regex.Match(output, failurePattern);
        Assert.That(failure.Success, Is.True, output);
        string seed = failure.Groups[1].Value;
        Assert.That(output, Does.Contain($"reproduce: ./nexus check {world} --seeds {seed}-{seed} --profile {profile} --defence-off {defence}"));
    }

    [TestCase("--defence-off", "firewall", "unknown defence 'firewall'")]
    [TestCase("--seeds", "9-3", "--seeds must be a range first-last")]
    [TestCase("--swarm", null, "--swarm draws store faults, which need depth-2 stores: give --profile")]
    [TestCase("--profile", "no-such-profile.yaml", "--profile: no such file")]
    public void Bad_input_is_one_line_and_exit_code_2(string option, string? value, string message)
    {
        string[] arguments = value is null ? ["check", "blackboard", option] : ["check", "blackboard", option, value];
        (int exitCode, string output) = NexusProcess.Run(arguments);
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain(message));
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
    }
}
