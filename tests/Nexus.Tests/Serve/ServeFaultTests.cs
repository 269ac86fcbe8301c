using System.Net;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Boundary.Server;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Tests.Serve;

/// <summary><c>nexus serve</c>'s faults follow the fault timeline on the real clock: a plan's windows, or
/// the seed's swarm mix, scheduled on the server's runtime, so a store call made inside an outage is
/// refused (503) and one made outside every window gets through. Each call is placed by the server's
/// own clock read just before and just after it.</summary>
[NonParallelizable] // on the real clock: alone
public sealed class ServeFaultTests
{
    [Test]
    public void A_store_call_inside_a_planned_outage_gets_503_and_one_outside_gets_through()
    {
        // At a quarter of real time: the outage from 2 s to 4 s of the server's clock is 0.5 s to 1 s of real time.
        FaultPlan plan = new FaultPlan().Outage(StoreServerOptions.FaultTarget, SimTime.FromSeconds(2), SimTime.FromSeconds(4));
        Calls calls = Probe(ServedStores.Options("local", timeScale: 0.25) with { Faults = plan }, plan, TimeSpan.FromSeconds(1.5));
        Assert.That(calls.Inside, Has.Count.GreaterThanOrEqualTo(3), "too few calls inside the outage");
        Assert.That(calls.Outside, Has.Count.GreaterThanOrEqualTo(3), "too few calls outside it");
        Assert.That(calls.Inside, Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(calls.Outside, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void The_same_seed_draws_the_same_windows_and_another_seed_others()
    {
        IReadOnlyList<string> Drawn(ulong seed)
        {
            IReadOnlyList<string> lines = [];
            ServedStores.Run(async () =>
            {
                await using StoreServer server = await StoreServer.StartAsync(ServedStores.Options("local", seed) with { Swarm = true });
                lines = server.Faults;
            });
            return lines;
        }
        IReadOnlyList<string> first = Drawn(3);
        Assert.That(first[0], Is.EqualTo("swarm seed 3"));
        Assert.That(first, Has.Count.GreaterThan(1).And.All.Not.Contain("faults: none"), "seed 3 draws windows");
        Assert.That(Drawn(3), Is.EqualTo(first));
        Assert.That(Enumerable.Range(4, 3).Select(seed => Drawn((ulong)seed)), Has.None.EqualTo(first.Skip(1)).And.All.Not.EqualTo(first));
    }

    [Test]
    public void Inside_the_seeds_drawn_outage_a_call_gets_503_and_outside_every_window_it_gets_through()
    {
        // The first seed whose mix has an outage; the server at a tenth of real time lives through it in 2 s.
        (ulong seed, FaultPlan plan) = Enumerable.Range(1, 100).Select(seed => ((ulong)seed, Swarm((ulong)seed)))
            .First(drawn => drawn.Item2.Windows.Any(window => window.Kind == FaultKind.Outage));
        Calls calls = Probe(ServedStores.Options("local", seed, timeScale: 0.1) with { Swarm = true }, plan, TimeSpan.FromSeconds(2.2));
        Assert.That(calls.Inside, Has.Count.GreaterThanOrEqualTo(1), $"no call inside seed {seed}'s outage");
        Assert.That(calls.Outside, Has.Count.GreaterThanOrEqualTo(3), "too few calls outside every window");
        Assert.That(calls.Inside, Is.All.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(calls.Outside, Is.All.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>The mix a server of <paramref name="seed"/> draws, drawn here as the server draws it.</summary>
    private static FaultPlan Swarm(ulong seed)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed));
        var target = new RemoteTarget(runtime, ServedStores.Options("local").Profile!, StoreServerOptions.FaultTarget);
        return FaultMix.Draw(seed, new SwarmRanges(), new FaultTargets().Add(StoreServerOptions.FaultTarget, target.Faults)).Plan;
    }

    /// <summary>The statuses of calls made entirely inside an outage, and of calls made entirely outside every window.</summary>
    private sealed record Calls(List<HttpStatusCode> Inside, List<HttpStatusCode> Outside);

    /// <summary>Key-value reads, one every 20 ms for <paramref name="length"/>, each placed in <paramref name="plan"/> by the server's clock.</summary>
    private static Calls Probe(StoreServerOptions options, FaultPlan plan, TimeSpan length)
    {
        var calls = new Calls([], []);
        using var runtime = new PacedRuntime(options.Seed, options.TimeScale);
        ServedStores.Run(async () =>
        {
            await using StoreServer server = await StoreServer.StartAsync(options, runtime);
            Assert.That(server.Faults, Has.Some.StartsWith("fault: "), "the server scheduled no fault");
            using var http = new HttpClient { BaseAddress = server.Address };
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < length)
            {
                SimTime before = await runtime.Run(() => ValueTask.FromResult(runtime.Now));
                using var request = new HttpRequestMessage(HttpMethod.Get, "/kv?key=k");
                request.Headers.Add(StoreWire.TimeoutHeader, "500");
                using HttpResponseMessage response = await http.SendAsync(request);
                SimTime after = await runtime.Run(() => ValueTask.FromResult(runtime.Now));
                bool inOutage = plan.Windows.Any(window => window.Kind == FaultKind.Outage && window.Start < before && after < window.End);
                bool touchesAny = plan.Windows.Any(window => window.Start <= after && before <= window.End);
                (inOutage ? calls.Inside : touchesAny ? null : calls.Outside)?.Add(response.StatusCode);
                await Task.Delay(20);
            }
        });
        return calls;
    }
}
