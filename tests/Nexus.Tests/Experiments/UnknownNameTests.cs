using Nexus.Engine.Faults;
using Nexus.Engine.Messaging;
using Nexus.Engine.Time;
using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Configuration;
using Nexus.Tests.NetworkWorld;
using Nexus.Worlds.NetworkWorld;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Tests.Experiments;

/// <summary>No silent fallbacks: every dispatch over a name (world, proposer, policy, probe mode,
/// fault kind, driver) refuses a name it does not know, naming it, in the config reader and in the
/// code behind it alike (a config built in code never reaches the reader).</summary>
public sealed class UnknownNameTests
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "horizon-by-proposer.yaml"));

    private static LoopSweepConfig Small => LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml", Committed) with
    {
        Seeds = [1],
        Steps = 4,
        Proposers = [new ProposerSpec("null", "null", 0, 0)],
        Modes = ["full"],
        Rhos = [0.5],
    };

    [Test]
    public void An_unknown_world_is_refused_by_the_reader_and_by_the_sweep()
    {
        var read = Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml", Committed.Replace("world: network", "world: moon")));
        Assert.That(read!.Message, Does.Contain("world: unknown value 'moon' (known: network, blackboard)"));
        var run = Assert.Throws<ArgumentException>(() => LoopSweeps.Rows(Small with { World = "moon" }));
        Assert.That(run!.Message, Does.Contain("unknown world 'moon' (known: network, blackboard)"));
    }

    [TestCase("network")]
    [TestCase("blackboard")]
    public void An_unknown_proposer_is_refused_by_the_world_that_builds_it(string world)
    {
        LoopSweepConfig config = Small with { World = world, Agents = 3, Proposers = [new ProposerSpec("p", "psychic", 0, 0)] };
        var error = Assert.Throws<ArgumentException>(() => LoopSweeps.Rows(config));
        Assert.That(error!.Message, Does.Contain($"the {world} world has no proposer 'psychic'"));
    }

    [Test]
    public void An_unknown_policy_is_refused_by_the_reader_and_by_the_sweep()
    {
        var read = Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml",
            System.Text.RegularExpressions.Regex.Replace(Committed, @"policy: \w+", "policy: sometimes")));
        Assert.That(read!.Message, Does.Contain("unknown value 'sometimes'"));
        var run = Assert.Throws<ArgumentException>(() => LoopSweeps.Rows(Small with { Policy = "sometimes" }));
        Assert.That(run!.Message, Does.Contain("unknown consultation policy 'sometimes' (known: never, fixed, bernoulli, uncertainty, drift)"));
    }

    [Test]
    public void An_unknown_probe_mode_is_refused_by_the_reader_and_by_the_sweep()
    {
        var read = Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml",
            System.Text.RegularExpressions.Regex.Replace(Committed, @"modes: \[[^\]]*\]", "modes: [probe-psychic]")));
        Assert.That(read!.Message, Does.Contain("unknown mode 'probe-psychic'"));
        var run = Assert.Throws<ArgumentException>(() => LoopSweeps.Rows(Small with { Modes = ["probe-psychic"] }));
        Assert.That(run!.Message, Does.Contain("the network world has no mode 'probe-psychic'"));
    }

    [Test]
    public void An_unknown_driver_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new NetworkDriver("chaotic", NetworkConfig.Scaled(3, 2), 1));
        Assert.That(error!.Message, Does.Contain("unknown driver 'chaotic'"));
    }

    [Test]
    public void An_unknown_fault_kind_is_refused_naming_it_and_no_target_runs_a_fault_it_cannot_suffer()
    {
        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => FaultWindow.Of("stores", (FaultKind)99, SimTime.Zero, SimTime.FromSeconds(1)));
        Assert.That(unknown!.Message, Does.Contain("unknown fault kind").And.Contain("99"));
        var network = Assert.Throws<ArgumentException>(() => new FaultWindow(FaultKind.Outage, NodeSet.Of(new NodeId(0)), NodeSet.Of(new NodeId(1)), SimTime.Zero, SimTime.FromSeconds(1)));
        Assert.That(network!.Message, Does.Contain("outage is not a network fault"));
        var stores = Assert.Throws<ArgumentException>(() => new StoreFaults().Begin(FaultWindow.Of("stores", FaultKind.Crash, SimTime.Zero, SimTime.FromSeconds(1))));
        Assert.That(stores!.Message, Does.Contain("a store set cannot suffer a crash"));
    }
}
