using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Experiments.Boundary.Server;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Serve;

/// <summary>The blackboard, unchanged, with its stores behind a real <c>nexus serve</c>: four workers
/// whose every store call is an HTTP request, checked against the oracle at every commit. The test's
/// blackboard runs on the server's own runtime, so the monitor sees each commit the instant the
/// target applies it.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class BlackboardOverHttpTests
{
    [TestCase("local", 1.0, 1UL)]
    [TestCase("local", 1.0, 2UL)]
    [TestCase("local", 1.0, 3UL)]
    [TestCase("cf-workers", 0.05, 1UL)]
    [TestCase("cf-workers", 0.05, 2UL)]
    public void Four_workers_over_http_conform_to_the_oracle(string profile, double timeScale, ulong seed)
    {
        ConformanceReport report = Run(profile, timeScale, seed, BlackboardDefences.All, out BlackboardService blackboard);
        Assert.That(report.Conforms, Is.True, report.ToString());
        Assert.That(blackboard.History.Count(entry => entry.Commit > 0), Is.GreaterThan(10), "too few commits to mean anything");
    }

    [Test]
    public void Without_the_chain_head_compare_and_swap_the_monitor_catches_a_blind_commit_over_http()
    {
        BlackboardDefences off = BlackboardDefences.All.Without("chain-head-cas");
        PacedConformance.CatchesOnSomeSeed(seed => Run("cf-workers", 0.05, seed, off, out _));
    }

    private static ConformanceReport Run(string profile, double timeScale, ulong seed, BlackboardDefences defences, out BlackboardService blackboard)
    {
        using var runtime = new PacedRuntime(seed, timeScale);
        ObservedBlackboard? observed = null;
        ServedStores.Run(async () =>
        {
            await using StoreServer server = await StoreServer.StartAsync(ServedStores.Options(profile, seed, timeScale), runtime);
            using var http = new HttpClient { BaseAddress = server.Address };
            IStoreInspector inspector = await server.OnTargetAsync(target => target.Inspector);
            StoreSet stores = HttpStores.Connect(http, TimeSpan.FromSeconds(5)) with { Inspector = inspector };
            observed = await PacedConformance.RunAsync(runtime, stores, seed, defences, SimDuration.FromMilliseconds(50), SimDuration.FromSeconds(2));
        });
        blackboard = observed!.Blackboard;
        return observed.Monitor.Report;
    }
}
