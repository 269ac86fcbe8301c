using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Tests.Storage;

/// <summary>Store faults from the fault timeline take effect at their start and heal at their end:
/// a window [1 s, 2 s) affects the calls issued at 1 s and just before 2 s, and not those issued just
/// before 1 s or at 2 s. The target is the local profile (no latency, no faults of its own), so every
/// difference comes from the window.</summary>
public sealed class StoreFaultWindowTests
{
    private static readonly SimTime Start = SimTime.FromSeconds(1);
    private static readonly SimTime End = SimTime.FromSeconds(2);
    private static readonly SimTime[] Probes = [new(Start.Nanoseconds - 1), Start, new(End.Nanoseconds - 1), End];

    [Test]
    public void An_outage_refuses_exactly_the_calls_issued_within_its_window()
    {
        var statuses = ProbeWrites(plan => plan.Outage("stores", Start, End));
        Assert.That(statuses, Is.EqualTo(new[] { StoreStatus.Ok, StoreStatus.Unavailable, StoreStatus.Unavailable, StoreStatus.Ok }));
    }

    [Test]
    public void A_timeout_storm_times_out_exactly_the_calls_issued_within_its_window_and_applies_none()
    {
        var (runtime, stores) = NewStores(plan => plan.TimeoutStorm("stores", Start, End));
        var results = Probe(runtime, async (at, i) =>
        {
            StoreResult written = await stores.KeyValue.SetAsync("k" + i, "v");
            return (written.Status, runtime.Now - at);
        });

        Assert.That(results.Select(r => r.Status), Is.EqualTo(new[] { StoreStatus.Ok, StoreStatus.Timeout, StoreStatus.Timeout, StoreStatus.Ok }));
        Assert.That(results[1].Waited, Is.EqualTo(SimDuration.FromSeconds(1)), "a lost call fails at its deadline");
        Assert.That(Enumerable.Range(0, 4).Select(i => stores.Inspector!.KeyValue("k" + i)), Is.EqualTo(new[] { "v", null, null, "v" }));
    }

    [Test]
    public void A_latency_spike_lengthens_exactly_the_calls_issued_within_its_window()
    {
        var (runtime, stores) = NewStores(plan => plan.LatencySpike("stores", SimDuration.FromMilliseconds(300), Start, End));
        var results = Probe(runtime, async (at, i) =>
        {
            StoreResult<string?> read = await stores.KeyValue.GetAsync("k");
            return (read.Status, runtime.Now - at);
        });

        Assert.That(results.Select(r => r.Waited.TotalMilliseconds), Is.EqualTo(new[] { 0.0, 300.0, 300.0, 0.0 }));
    }

    [Test]
    public void A_staleness_window_hides_exactly_the_writes_applied_within_it_and_only_up_to_its_bound()
    {
        var bound = SimDuration.FromSeconds(10);
        var (runtime, stores) = NewStores(plan => plan.Staleness("stores", bound, Start, End));
        var seenAtOnce = new bool[Probes.Length];
        var seenAfterBound = new bool[Probes.Length];
        Probe(runtime, async (at, i) =>
        {
            string key = "k" + i;
            await stores.KeyValue.SetAsync(key, "v");
            await runtime.Delay(new SimDuration(1));
            seenAtOnce[i] = (await stores.KeyValue.GetAsync(key)).Value == "v";
            await runtime.DelayUntil(at + bound);
            seenAfterBound[i] = (await stores.KeyValue.GetAsync(key)).Value == "v";
            return (StoreStatus.Ok, SimDuration.Zero);
        });

        Assert.That(seenAtOnce, Is.EqualTo(new[] { true, false, false, true }));
        Assert.That(seenAfterBound, Has.All.True, "no write stays hidden past the window's bound");
        EventualKeyValue state = ((RemoteKeyValueStore)stores.KeyValue).State;
        Assert.That(state.StaleReads, Is.EqualTo(2));
        Assert.That(state.MaxObservedStaleness, Is.LessThanOrEqualTo(bound));
    }

    [Test]
    public void A_plan_naming_an_unknown_target_or_a_fault_the_target_cannot_suffer_is_refused_before_it_runs()
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        StoreSet stores = StoreSet.Remote(runtime, LocalProfile);
        var targets = new FaultTargets().Add("stores", stores.Faults!);

        var unknown = Assert.Throws<ArgumentException>(() => new FaultPlan().Outage("other", Start, End).Schedule(runtime, targets));
        var unsuitable = Assert.Throws<ArgumentException>(() => new FaultPlan().Crash("stores", Start, End).Schedule(runtime, targets));

        Assert.That(unknown!.Message, Does.Contain("no fault target named 'other' (known: stores)"));
        Assert.That(unsuitable!.Message, Does.Contain("target 'stores' cannot suffer a crash"));
        Assert.That(runtime.PendingCount, Is.Zero, "nothing was scheduled");
    }

    private static readonly Worlds.Storage.Profiles.TargetProfile LocalProfile = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));

    private static StoreStatus[] ProbeWrites(Action<FaultPlan> faults)
    {
        var (runtime, stores) = NewStores(faults);
        return Probe(runtime, async (at, i) => ((await stores.KeyValue.SetAsync("k" + i, "v")).Status, SimDuration.Zero)).Select(r => r.Status).ToArray();
    }

    /// <summary>Local stores on a fresh runtime, with the plan scheduled before anything else.</summary>
    private static (VirtualRuntime Runtime, StoreSet Stores) NewStores(Action<FaultPlan> faults)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        StoreSet stores = StoreSet.Remote(runtime, LocalProfile);
        var plan = new FaultPlan();
        faults(plan);
        plan.Schedule(runtime, new FaultTargets().Add("stores", stores.Faults!));
        return (runtime, stores);
    }

    /// <summary>One process per probe instant, each issuing its call at that instant.</summary>
    private static (StoreStatus Status, SimDuration Waited)[] Probe(VirtualRuntime runtime, Func<SimTime, int, Task<(StoreStatus, SimDuration)>> call)
    {
        var results = new (StoreStatus, SimDuration)[Probes.Length];
        for (int i = 0; i < Probes.Length; i++)
        {
            int probe = i;
            runtime.Spawn("probe-" + i, async () =>
            {
                await runtime.DelayUntil(Probes[probe]);
                results[probe] = await call(Probes[probe], probe);
            });
        }
        runtime.RunToCompletion();
        return results;
    }
}
