using Nexus.Engine.Tracing;
using Nexus.Experiments.Simulations;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.Determinism;

public sealed class FingerprintTests
{
    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_same_seed_run_twice_gives_the_same_trace(ulong seed)
    {
        DeterminismReport report = DeterminismCheck.Run(trace =>
            MessageTrafficSimulation.Run(new MessageTrafficOptions(seed) { MessagesPerNode = 80 }, trace));
        Assert.That(report.Identical, Is.True, report.ToString());
        Assert.That(report.EventCount, Is.GreaterThan(500));
    }

    [Test]
    public void Different_seeds_give_different_fingerprints()
    {
        var fingerprints = SeedBank.Seeds.Select(seed => Fingerprint(new MessageTrafficOptions(seed) { MessagesPerNode = 40 }));
        Assert.That(fingerprints.Distinct().Count(), Is.EqualTo(SeedBank.Seeds.Length));
    }

    [TestCase(42UL, false)]
    [TestCase(7UL, true)]
    public void A_second_process_gives_the_same_fingerprint_as_this_one(ulong seed, bool swarm)
    {
        string inProcess = Fingerprint(new MessageTrafficOptions(seed) { MessagesPerNode = 100, Swarm = swarm });
        string[] arguments = ["simulate", "network", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--messages", "100"];
        (int exitCode, string output) = NexusProcess.Run(swarm ? [.. arguments, "--swarm"] : arguments);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(NexusProcess.FingerprintIn(output), Is.EqualTo(inProcess));
    }

    [Test]
    public void Swarm_mode_prints_the_fault_mix_and_the_command_that_reproduces_the_run()
    {
        (int exitCode, string output) = NexusProcess.Run("simulate", "network", "--seed", "11", "--swarm", "--messages", "20");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("swarm seed 11").And.Contain("links: latency lognormal").And.Contain("loss"));
        Assert.That(output, Does.Contain("reproduce: ./nexus simulate network --seed 11 --nodes 5 --messages 20 --swarm"));
    }

    [Test]
    public void A_nondeterministic_simulation_is_caught_at_the_first_differing_line()
    {
        // Negative control: state that leaks between runs makes the second trace differ at line 3.
        int leaked = 0;
        DeterminismReport report = DeterminismCheck.Run(trace =>
        {
            trace.Begin(0, "start").End();
            trace.Begin(1, "step").Field("value", 1).End();
            trace.Begin(2, "step").Field("value", leaked++).End();
        });
        Assert.That(report.Identical, Is.False);
        Assert.That(report.FirstDifferentLine, Is.EqualTo(3));
        Assert.That(report.FirstRunLine, Is.EqualTo("""{"t":2,"kind":"step","value":0}"""));
        Assert.That(report.SecondRunLine, Is.EqualTo("""{"t":2,"kind":"step","value":1}"""));
    }

    [Test]
    public void A_determinism_check_over_an_empty_trace_fails_for_lack_of_evidence()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DeterminismCheck.Run(_ => { }));
        Assert.That(error!.Message, Does.Contain("no evidence"));
    }

    private static string Fingerprint(MessageTrafficOptions options)
    {
        using var trace = new SimTrace();
        return MessageTrafficSimulation.Run(options, trace).Fingerprint;
    }
}
