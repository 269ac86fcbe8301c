using System.Diagnostics;
using System.Globalization;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Experiments.Benchmarks;

/// <summary><c>nexus bench storage</c>: (a) operations per second through the depth-2 boundary under a
/// target profile, beside the same workload at depth 1 measured in the same run; (b) how many seconds
/// of simulated traffic one wall-clock second covers for workers serving session requests.</summary>
public static class StorageBenchmark
{
    /// <summary>Records each worker of the simulation-speed benchmark keeps (its retention window).</summary>
    public const int RecordsKept = 64;

    /// <summary>Clients doing back-to-back key-value and compare-and-swap operations; returns ops per wall
    /// second and bytes allocated per operation.</summary>
    public static Measurement OperationsPerSecond(TargetProfile? profile, int clients, int operationsPerClient, ulong seed)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { EventCapacityInitial = 4 * clients });
        StoreSet stores = StoreDepth.Of(profile).Stores(runtime);
        for (int client = 0; client < clients; client++)
        {
            string key = "k" + client.ToString(CultureInfo.InvariantCulture);
            runtime.Spawn("client", async () =>
            {
                for (int i = 0; i < operationsPerClient; i += 3)
                {
                    await stores.KeyValue.SetAsync(key, "v");
                    await stores.KeyValue.GetAsync(key);
                    await stores.Object.PutStateAsync(key, "", "");
                }
            });
        }
        return Measurement.Of((long)clients * operationsPerClient, runtime.RunToCompletion);
    }

    /// <summary>Workers each serve requests arriving at <paramref name="requestsPerSecond"/> (Poisson); a
    /// request hydrates a session, extends a per-worker chain head by CAS, writes a record and flushes.
    /// Returns simulated seconds per wall second, store operations per simulated second, and bytes
    /// allocated per store operation.</summary>
    public static (double SimulatedPerWall, double OperationsPerSimulatedSecond, double BytesPerOperation) SimulationSpeed(
        TargetProfile profile, int workers, double requestsPerSecond, SimDuration simulated, ulong seed)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed));
        StoreSet stores = StoreSet.Remote(runtime, profile);
        long operations = 0;
        var counting = new StoreSet(
            new CountingKeyValueStore(stores.KeyValue, () => operations++),
            stores.Blob,
            new CountingObjectStore(stores.Object, () => operations++),
            new CountingKeyValueStore(stores.CommitChannel, () => operations++));
        for (int worker = 0; worker < workers; worker++)
        {
            string owner = "worker-" + worker.ToString(CultureInfo.InvariantCulture);
            var arrivals = runtime.Random.Fork("arrivals/" + owner);
            runtime.Spawn(owner, async () =>
            {
                var session = new StoreSession(counting, owner);
                string head = "head/" + owner;
                string[] heads = [head];
                // A worker keeps its latest records only, as a deployment with a retention window does:
                // request n overwrites the record of request n - RecordsKept, so the stores stay bounded.
                string[] records = [.. Enumerable.Range(0, RecordsKept).Select(slot => "records/" + owner + "/" + slot.ToString(CultureInfo.InvariantCulture))];
                for (long request = 0; ; request++)
                {
                    await runtime.Delay(SimDuration.FromSeconds(arrivals.NextExponential() / requestsPerSecond));
                    if (!(await session.HydrateAsync([], heads)).IsOk)
                    {
                        continue;
                    }
                    int slot = (int)(request % RecordsKept);
                    session.CompareAndSwap(head, session.GetState(head), records[slot]);
                    session.Set(records[slot], "payload");
                    while ((await session.FlushAsync()).Outcome == FlushOutcome.Failed)
                    {
                    }
                }
            });
        }
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long started = Stopwatch.GetTimestamp();
        runtime.RunUntil(SimTime.Zero + simulated);
        double wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return (simulated.TotalSeconds / wall, operations / simulated.TotalSeconds, (double)allocated / operations);
    }
}
