using System.Globalization;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage.Remote;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Scenarios.Storage;

/// <summary>Session traffic through the depth-2 boundary, on any <see cref="ISimRuntime"/>: each worker
/// serves requests that hydrate a session, extend one shared chain head by compare-and-swap (so they
/// contend), write a record and flush, retrying what fails. Afterwards <see cref="Audit"/> reads the
/// stores back and lists every promise they broke. The one storage audit: <c>nexus simulate storage</c>
/// and <c>nexus check storage</c> run it on virtual time, a Coyote test under Coyote.</summary>
public sealed class StorageTraffic
{
    /// <summary>The fault-timeline name of the run's store set.</summary>
    public const string StoresTarget = "stores";

    private readonly TargetProfile _profile;
    private readonly Action<string, int, string, StoreStatus> _outcome;
    private readonly List<Commit> _commits = [];

    /// <summary>Traffic on <paramref name="runtime"/> through stores behind <paramref name="profile"/> with
    /// <paramref name="defences"/>; each request's outcome (worker, request, outcome, status) goes to <paramref name="outcome"/>.</summary>
    public StorageTraffic(ISimRuntime runtime, TargetProfile profile, StoreDefences defences, Action<string, int, string, StoreStatus> outcome)
    {
        Runtime = runtime ?? throw new ArgumentNullException(nameof(runtime));
        _profile = profile ?? throw new ArgumentNullException(nameof(profile));
        _outcome = outcome ?? throw new ArgumentNullException(nameof(outcome));
        Stores = StoreSet.Remote(runtime, profile, StoresTarget, defences);
        Targets = new FaultTargets().Add(StoresTarget, Stores.Faults!);
    }

    /// <summary>The fixed plan: an outage from 1 s to 2 s, a timeout storm from 3 s to 4 s, a 250 ms
    /// latency spike from 5 s to 7 s, and a 120 s staleness window from 8 s to 10 s.</summary>
    public static FaultPlan FixedPlan() => new FaultPlan()
        .Outage(StoresTarget, SimTime.FromSeconds(1), SimTime.FromSeconds(2))
        .TimeoutStorm(StoresTarget, SimTime.FromSeconds(3), SimTime.FromSeconds(4))
        .LatencySpike(StoresTarget, SimDuration.FromMilliseconds(250), SimTime.FromSeconds(5), SimTime.FromSeconds(7))
        .Staleness(StoresTarget, SimDuration.FromSeconds(120), SimTime.FromSeconds(8), SimTime.FromSeconds(10));

    /// <summary>The runtime the traffic runs on.</summary>
    public ISimRuntime Runtime { get; }

    /// <summary>The stores the workers share.</summary>
    public StoreSet Stores { get; }

    /// <summary>The fault targets: the stores, as <see cref="StoresTarget"/>.</summary>
    public FaultTargets Targets { get; }

    /// <summary>Requests committed.</summary>
    public long Committed { get; private set; }

    /// <summary>Requests whose flush lost the compare-and-swap to another worker's.</summary>
    public long LostArbitration { get; private set; }

    /// <summary>Hydrates and flushes that failed (and were retried or skipped).</summary>
    public long Failed { get; private set; }

    /// <summary>Reads the key-value store answered stale.</summary>
    public long StaleReads => ((RemoteKeyValueStore)Stores.KeyValue).State.StaleReads;

    /// <summary>Starts <paramref name="workers"/> workers of <paramref name="requests"/> requests each; the task ends with the last.</summary>
    public Task RunWorkers(int workers, int requests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        // An array, not a collection expression: that would bind WhenAll's span overload, which Coyote does not control.
        Task[] spawned = [.. Enumerable.Range(0, workers).Select(worker =>
        {
            string owner = "worker-" + worker.ToString(CultureInfo.InvariantCulture);
            return Runtime.Spawn(owner, () => ServeAsync(owner, requests));
        })];
        return Task.WhenAll(spawned);
    }

    /// <summary>Every promise the stores broke, read back after the traffic: a lost update (two commits
    /// from one head), a committed record missing, a session cursor that does not count its worker's
    /// commits, and a read staler than every bound in force under <paramref name="plan"/> and the profile.</summary>
    public IReadOnlyList<string> Audit(FaultPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        IStoreInspector stores = Stores.Inspector!;
        EventualKeyValue keyValue = ((RemoteKeyValueStore)Stores.KeyValue).State;
        SimDuration staleBound = plan.Windows.Where(window => window.Kind == FaultKind.Staleness)
            .Select(window => window.Magnitude).Append(_profile.KeyValueStaleWindow).Max();
        var violations = new List<string>();
        foreach (var twice in _commits.GroupBy(commit => commit.FromHead).Where(group => group.Count() > 1))
        {
            violations.Add($"lost update: {string.Join(" and ", twice.Select(commit => commit.Record))} both committed from head '{twice.Key}'");
        }
        foreach (Commit commit in _commits.Where(commit => stores.KeyValue("records/" + commit.Record) != "payload"))
        {
            violations.Add($"the record of committed request {commit.Record} is missing");
        }
        foreach (var worker in _commits.GroupBy(commit => commit.Worker).OrderBy(group => group.Key, StringComparer.Ordinal))
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

    /// <summary>A committed request: its worker, its record, and the head it extended.</summary>
    private readonly record struct Commit(string Worker, string Record, string FromHead);

    private async Task ServeAsync(string owner, int requests)
    {
        var pacing = Runtime.Stream("pacing/" + owner);
        var session = new StoreSession(Stores, owner);
        for (int request = 0; request < requests; request++)
        {
            await Runtime.Delay(SimDuration.FromSeconds(pacing.NextExponential() * 0.05));
            StoreResult hydrated = await session.HydrateAsync([], ["head"]);
            if (!hydrated.IsOk)
            {
                Failed++;
                _outcome(owner, request, "hydrate-failed", hydrated.Status);
                continue;
            }
            string record = owner + "/" + request.ToString(CultureInfo.InvariantCulture);
            string fromHead = session.GetState("head");
            session.CompareAndSwap("head", fromHead, record);
            session.Set("records/" + record, "payload");
            FlushResult flushed = await session.FlushAsync();
            while (flushed.Outcome == FlushOutcome.Failed)
            {
                Failed++;
                _outcome(owner, request, "flush-failed", flushed.Status);
                flushed = await session.FlushAsync();
            }
            if (flushed.Outcome == FlushOutcome.Committed)
            {
                Committed++;
                _commits.Add(new Commit(owner, record, fromHead));
            }
            else
            {
                LostArbitration++;
            }
            _outcome(owner, request, flushed.Outcome == FlushOutcome.Committed ? "committed" : "lost-arbitration", flushed.Status);
        }
    }
}
