using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Oracle.Blackboard;
using Nexus.Tests.Serve;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Workerd;

/// <summary>The blackboard, unchanged, on Cloudflare's own runtime: four workers whose stores are the
/// Worker's (records in KV and R2, every commit point a compare-and-swap in the Durable Object), checked
/// against the oracle at every commit.</summary>
[NonParallelizable] // on the real clock, with processes of its own: alone, which measured faster than beside others
public sealed class WorkerdBlackboardTests
{
    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    public void Four_workers_on_workerd_conform_to_the_oracle(ulong seed)
    {
        ConformanceReport report = Run(seed, BlackboardDefences.All, out BlackboardService blackboard);
        Assert.That(report.Conforms, Is.True, report.ToString());
        Assert.That(blackboard.History.Count(entry => entry.Commit > 0), Is.GreaterThan(10), "too few commits to mean anything");
    }

    [Test]
    public void Without_the_chain_head_compare_and_swap_the_monitor_catches_a_blind_commit_on_workerd()
    {
        BlackboardDefences off = BlackboardDefences.All.Without("chain-head-cas");
        PacedConformance.CatchesOnSomeSeed(seed => Run(seed, off, out _));
    }

    private static ConformanceReport Run(ulong seed, BlackboardDefences defences, out BlackboardService blackboard)
    {
        using var runtime = new PacedRuntime(seed, timeScale: 1);
        ObservedBlackboard? observed = null;
        ServedStores.Run(() => RunningWorkerd.WithAsync(async worker =>
        {
            using var http = new HttpClient { BaseAddress = worker.Address };
            StoreSet stores = WorkerdInspector.Of(http).Watch(HttpStores.Connect(http, TimeSpan.FromSeconds(5)));
            observed = await PacedConformance.RunAsync(runtime, stores, seed, defences, SimDuration.FromMilliseconds(20), SimDuration.FromSeconds(0.5));
        }));
        blackboard = observed!.Blackboard;
        return observed.Monitor.Report;
    }
}
