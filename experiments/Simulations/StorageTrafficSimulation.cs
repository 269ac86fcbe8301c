using System.Globalization;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Remote;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Experiments.Simulations;

/// <summary>Session traffic through the depth-2 boundary under store faults: workers each serve
/// requests that hydrate a session, extend one shared chain head by compare-and-swap (so they contend),
/// write a record and flush, retrying what fails. Faults come from the fault timeline: a fixed plan
/// (an outage, a timeout storm, a latency spike and a staleness window) or, in swarm mode, a mix drawn
/// from the seed. One trace line per request outcome. Afterwards an audit reads the stores back and
/// lists every promise they broke.</summary>
public static class StorageTrafficSimulation
{
    /// <summary>The fault-timeline name of the run's store set.</summary>
    public const string StoresTarget = "stores";

    /// <summary>The fixed plan: an outage from 1 s to 2 s, a timeout storm from 3 s to 4 s, a 250 ms
    /// latency spike from 5 s to 7 s, and a 120 s staleness window from 8 s to 10 s.</summary>
    public static FaultPlan FixedPlan() => new FaultPlan()
        .Outage(StoresTarget, SimTime.FromSeconds(1), SimTime.FromSeconds(2))
        .TimeoutStorm(StoresTarget, SimTime.FromSeconds(3), SimTime.FromSeconds(4))
        .LatencySpike(StoresTarget, SimDuration.FromMilliseconds(250), SimTime.FromSeconds(5), SimTime.FromSeconds(7))
        .Staleness(StoresTarget, SimDuration.FromSeconds(120), SimTime.FromSeconds(8), SimTime.FromSeconds(10));

    /// <summary>Runs the simulation into <paramref name="trace"/>; the fingerprint is the trace's.</summary>
    public static StorageTrafficResult Run(StorageTrafficOptions options, SimTrace trace)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestsPerWorker);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(options.Seed) { Trace = trace, StepCountMax = options.StepCountMax });
        StoreSet stores = StoreSet.Remote(runtime, options.Profile, StoresTarget, options.Defences);
        var targets = new FaultTargets().Add(StoresTarget, stores.Faults!);
        IReadOnlyList<string> faults;
        FaultPlan plan;
        if (options.Swarm)
        {
            FaultMix mix = FaultMix.Draw(options.Seed, new SwarmRanges(), targets);
            mix.Apply(runtime, targets);
            faults = mix.Describe(null);
            plan = mix.Plan;
        }
        else
        {
            plan = FixedPlan();
            plan.Schedule(runtime, targets);
            faults = plan.Describe(null).Select(line => "fault: " + line).ToArray();
        }
        var counters = new long[3];
        var commits = new List<Commit>();
        for (int worker = 0; worker < options.Workers; worker++)
        {
            string owner = "worker-" + worker.ToString(CultureInfo.InvariantCulture);
            runtime.Spawn(owner, () => ServeAsync(runtime, stores, owner, options.RequestsPerWorker, counters, commits));
        }
        runtime.RunToCompletion();
        EventualKeyValue keyValue = ((RemoteKeyValueStore)stores.KeyValue).State;
        SimDuration staleBound = plan.Windows.Where(window => window.Kind == FaultKind.Staleness)
            .Select(window => window.Magnitude).Append(options.Profile.KeyValueStaleWindow).Max();
        return new StorageTrafficResult(trace.Fingerprint, trace.EventCount, faults, counters[0], counters[1], counters[2],
            keyValue.StaleReads, runtime.Now, runtime.StepCount, Audit(stores.Inspector!, commits, keyValue, staleBound));
    }

    /// <summary>A committed request: its worker, its record, and the head it extended.</summary>
    private readonly record struct Commit(string Worker, string Record, string FromHead);

    private static List<string> Audit(IStoreInspector stores, List<Commit> commits, EventualKeyValue keyValue, SimDuration staleBound)
    {
        var violations = new List<string>();
        foreach (var twice in commits.GroupBy(commit => commit.FromHead).Where(group => group.Count() > 1))
        {
            violations.Add($"lost update: {string.Join(" and ", twice.Select(commit => commit.Record))} both committed from head '{twice.Key}'");
        }
        foreach (Commit commit in commits.Where(commit => stores.KeyValue("records/" + commit.Record) != "payload"))
        {
            violations.Add($"the record of committed request {commit.Record} is missing");
        }
        foreach (var worker in commits.GroupBy(commit => commit.Worker).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            string? cursor = stores.KeyValue(StoreSession.CursorKey(worker.Key));
            if (cursor != worker.Count().ToString(CultureInfo.InvariantCulture))
            {
                violations.Add($"{worker.Key}: cursor {cursor ?? "absent"} after {worker.Count()} commits");
            }
        }
        if (keyValue.MaxObservedStaleness > staleBound)
        {
            violations.Add($"a read was {keyValue.MaxObservedStaleness} stale, past every bound in force ({staleBound})");
        }
        return violations;
    }

    private static async Task ServeAsync(VirtualRuntime runtime, StoreSet stores, string owner, int requests, long[] counters, List<Commit> commits)
    {
        var pacing = runtime.Stream("pacing/" + owner);
        var session = new StoreSession(stores, owner);
        for (int request = 0; request < requests; request++)
        {
            await runtime.Delay(SimDuration.FromSeconds(pacing.NextExponential() * 0.05));
            StoreResult hydrated = await session.HydrateAsync([], ["head"]);
            if (!hydrated.IsOk)
            {
                counters[2]++;
                Record(runtime, owner, request, "hydrate-failed", hydrated.Status);
                continue;
            }
            string record = owner + "/" + request.ToString(CultureInfo.InvariantCulture);
            string fromHead = session.GetState("head");
            session.CompareAndSwap("head", fromHead, record);
            session.Set("records/" + record, "payload");
            FlushResult flushed = await session.FlushAsync();
            while (flushed.Outcome == FlushOutcome.Failed)
            {
                counters[2]++;
                Record(runtime, owner, request, "flush-failed", flushed.Status);
                flushed = await session.FlushAsync();
            }
            counters[flushed.Outcome == FlushOutcome.Committed ? 0 : 1]++;
            if (flushed.Outcome == FlushOutcome.Committed)
            {
                commits.Add(new Commit(owner, record, fromHead));
            }
            Record(runtime, owner, request, flushed.Outcome == FlushOutcome.Committed ? "committed" : "lost-arbitration", flushed.Status);
        }
    }

    private static void Record(VirtualRuntime runtime, string owner, int request, string outcome, StoreStatus status) =>
        runtime.Trace?.Begin(runtime.Now.Nanoseconds, "storage.request").Field("worker", owner).Field("request", request)
            .Field("outcome", outcome).Field("status", status.ToString()).End();
}
