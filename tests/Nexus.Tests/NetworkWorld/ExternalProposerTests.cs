using Nexus.Experiments.Loops;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Tests.Experiments;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

public sealed class ExternalProposerTests
{
    private static readonly NetworkConfig Config = NetworkConfig.Scaled(5, 3);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private static string ExampleClient => Path.Combine(RepositoryPaths.Root, "experiments", "clients", "rule_proposer.py");

    private static ExternalProposer Python(string script, TimeSpan? timeout = null) =>
        new(["python3", script], timeout ?? Timeout, RepositoryPaths.Root);

    private static string Script(string body)
    {
        string path = Path.Combine(Path.GetTempPath(), $"nexus-proposer-{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "import sys, time\n" + body + "\n");
        return path;
    }

    [TestCase("weighted", 100)]
    [TestCase("weighted", 101)]
    [TestCase("adversarial", 102)]
    [TestCase("uniform", 103)]
    [TestCase("adversarial", 104)]
    public void The_example_client_gives_the_same_results_as_the_same_proposer_in_process(string driver, int seed)
    {
        NetAction[] actions = [.. NetworkRollout.Run(Config, driver, seed, 24).Select(step => step.Action)];
        using ExternalProposer external = Python(ExampleClient);
        foreach (double rho in new[] { 0.0, 0.3, 1.0 })
        {
            var policy = ConsultationPolicies.UncertaintyTriggered(0.5);
            LoopRecord inProcess = LoopRunner.Run(new RuleProposer(), NetworkState.Initial(Config), actions, policy, Budget.Of(rho, 24), ConsultMode.Full);
            LoopRecord outOfProcess = LoopRunner.Run(external, NetworkState.Initial(Config), actions, policy, Budget.Of(rho, 24), ConsultMode.Full);
            Assert.That(outOfProcess.Divergences, Is.EqualTo(inProcess.Divergences), $"rho {rho}");
            Assert.That(outOfProcess.ScheduleText, Is.EqualTo(inProcess.ScheduleText));
            Assert.That(outOfProcess.OracleBits, Is.EqualTo(inProcess.OracleBits));
        }
    }

    [Test]
    public void Malformed_json_is_an_error_quoting_the_answer()
    {
        using ExternalProposer proposer = Python(Script("for line in sys.stdin:\n    print('not json', flush=True)"));
        var error = Assert.Throws<ExternalProposerError>(() => proposer.Propose(NetworkState.Initial(Config), NetAction.Parse("advance")));
        Assert.That(error!.Message, Does.Contain("step 0: malformed answer").And.Contain("not json"));
    }

    [Test]
    public void An_unknown_edit_is_an_error_naming_it()
    {
        using ExternalProposer proposer = Python(Script("for line in sys.stdin:\n    print('{\"delta\": [{\"op\": \"teleport\"}]}', flush=True)"));
        var error = Assert.Throws<ExternalProposerError>(() => proposer.Propose(NetworkState.Initial(Config), NetAction.Parse("advance")));
        Assert.That(error!.Message, Does.Contain("unknown edit op 'teleport'"));
    }

    [Test]
    public void A_proposer_that_exits_is_an_error_with_its_exit_code_and_stderr()
    {
        using ExternalProposer proposer = Python(Script("sys.stderr.write('model weights not found\\n'); sys.exit(3)"));
        var error = Assert.Throws<ExternalProposerError>(() => proposer.Propose(NetworkState.Initial(Config), NetAction.Parse("advance")));
        Assert.That(error!.Message, Does.Contain("exited with code 3"));
    }

    [Test]
    public void A_proposer_that_hangs_past_the_timeout_is_killed_and_reported()
    {
        using ExternalProposer proposer = Python(Script("time.sleep(60)"), TimeSpan.FromMilliseconds(800));
        var error = Assert.Throws<ExternalProposerError>(() => proposer.Propose(NetworkState.Initial(Config), NetAction.Parse("advance")));
        Assert.That(error!.Message, Does.Contain("no answer within 800 ms (killed)"));
    }

    [Test]
    public void A_sweep_whose_external_proposer_fails_writes_nothing_and_says_so()
    {
        string directory = Directory.CreateTempSubdirectory("nexus-external-").FullName;
        string config = Path.Combine(directory, "broken.yaml");
        string broken = Script("for line in sys.stdin:\n    print('{', flush=True)");
        File.WriteAllText(config, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "horizon-by-proposer.yaml"))
            .Replace("name: horizon-by-proposer", "name: broken")
            .Replace("command: [python3, experiments/clients/rule_proposer.py]", $"command: [python3, {broken}]"));
        try
        {
            (int exitCode, string output) = NexusProcess.Run("run", config, "--output-dir", directory);
            Assert.That(exitCode, Is.EqualTo(3), output);
            Assert.That(output, Does.Contain("malformed answer").And.Contain("nothing was written"));
            Assert.That(Directory.GetFiles(directory).Select(Path.GetFileName), Is.EqualTo(new[] { "broken.yaml" }));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            File.Delete(broken);
        }
    }
}
