using Nexus.Engine.Faults;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Simulations;

namespace Nexus.Tests.Faults;

public sealed class SwarmTests
{
    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_seed_alone_reproduces_a_swarm_run_its_faults_and_its_fingerprint(ulong seed)
    {
        var options = new MessageTrafficOptions(seed) { Swarm = true, MessagesPerNode = 60 };
        MessageTrafficResult first = Run(options);
        MessageTrafficResult second = Run(new MessageTrafficOptions(seed) { Swarm = true, MessagesPerNode = 60 });

        Assert.That(second.Faults, Is.EqualTo(first.Faults));
        Assert.That(second.Fingerprint, Is.EqualTo(first.Fingerprint));
        Assert.That(first.Faults[0], Is.EqualTo($"swarm seed {seed}"));
    }

    [Test]
    public void A_target_the_swarm_has_no_draw_for_is_an_error_naming_it_not_skipped()
    {
        FaultTargets targets = new FaultTargets().Add("clock", new SpikeOnly());
        var error = Assert.Throws<ArgumentException>(() => FaultMix.Draw(1, new SwarmRanges(), targets));
        Assert.That(error!.Message, Does.StartWith("fault target 'clock' suffers neither outages (a store set) nor crashes (a process)"));
    }

    /// <summary>A target that suffers only latency spikes: neither a store set nor a process.</summary>
    private sealed class SpikeOnly : IFaultTarget
    {
        public bool Supports(FaultKind kind) => kind == FaultKind.LatencySpike;

        public void Begin(FaultWindow window)
        {
        }

        public void End(FaultWindow window)
        {
        }
    }

    [Test]
    public void Different_seeds_draw_different_fault_mixes()
    {
        var mixes = SeedBank.Seeds.Select(seed => string.Join("\n", Run(new MessageTrafficOptions(seed) { Swarm = true, MessagesPerNode = 5 }).Faults.Skip(1)));
        Assert.That(mixes.Distinct().Count(), Is.EqualTo(SeedBank.Seeds.Length));
    }

    [Test]
    public void Swarm_mode_draws_partitions_and_crashes_for_some_seeds_of_the_bank()
    {
        var lines = SeedBank.Seeds.SelectMany(seed => Run(new MessageTrafficOptions(seed) { Swarm = true, MessagesPerNode = 5 }).Faults).ToList();
        Assert.That(lines, Has.Some.StartsWith("fault: partition"));
        Assert.That(lines, Has.Some.StartsWith("fault: crash"));
        Assert.That(lines.Where(line => line.StartsWith("links:", StringComparison.Ordinal)), Has.All.Contain("loss"));
    }

    private static MessageTrafficResult Run(MessageTrafficOptions options)
    {
        using var trace = new SimTrace();
        return MessageTrafficSimulation.Run(options, trace);
    }
}
