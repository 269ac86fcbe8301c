using Nexus.Experiments.Boundary.Server;

namespace Nexus.Tests.Serve;

/// <summary>The load test on loopback, bounded in time and requests: 64 clients for 3 s mixing reads,
/// writes and compare-and-swaps (tens of thousands of operations, every client's keys written many
/// times over); nothing acknowledged is lost. It runs alone, so every second of it is the suite's.</summary>
[NonParallelizable]
public sealed class LoadTests
{
    [Test]
    public void Sixty_four_clients_for_three_seconds_lose_no_acknowledged_write() => ServedStores.Run(() =>
        ServedStores.WithAsync(ServedStores.Options("local"), async (server, _) =>
        {
            LoadResult load = await LoadTest.RunAsync(server.Address, clients: 64, TimeSpan.FromSeconds(3), requestsMax: 2_000_000, seed: 1);

            Assert.That(load.Lost, Is.Empty);
            Assert.That(load.Failures, Is.Zero, "local refuses nothing and times nothing out");
            Assert.That(load.AckedWrites, Is.GreaterThan(500), "too few writes to audit: every client writes 16 keys");
            Assert.That(load.CounterWins, Is.GreaterThan(0));
            Assert.That(server.Counts.Of(200), Is.GreaterThanOrEqualTo(load.Operations), "every operation is at least one answered request");
            TestContext.Out.WriteLine($"{load.Operations} operations, {load.PerSecond:F0}/s, p50 {load.Median.TotalMilliseconds:F2} ms, p99 {load.P99.TotalMilliseconds:F2} ms");
        }));

    [Test]
    public void The_audit_finds_what_a_target_lost() => ServedStores.Run(async () =>
    {
        // The control: the same audit against a fresh server, which holds none of what was acknowledged.
        LoadResult load;
        await using (StoreServer first = await StoreServer.StartAsync(ServedStores.Options("local")))
        {
            load = await LoadTest.RunAsync(first.Address, clients: 4, TimeSpan.FromSeconds(1), requestsMax: 2_000, seed: 2);
        }
        Assert.That(load.Lost, Is.Empty);
        Assert.That(load.CounterWins, Is.GreaterThan(0));
        await using StoreServer fresh = await StoreServer.StartAsync(ServedStores.Options("local"));
        Assert.That(await LoadTest.AuditAsync(fresh.Address, load), Has.Count.EqualTo(load.AckedWrites + 1), "every write and the counter are lost");
    });
}
