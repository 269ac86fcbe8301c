using Nexus.Engine.Distributions;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Tests.Storage;

/// <summary>The session's cursor promise at depth 2, under an outage window from the fault timeline that
/// cuts a flush off part-way: whenever the owner's cursor reads k, every write of flushes 1 to k is applied.
/// A watcher checks what the stores hold every millisecond while one writer flushes three writes at a time,
/// retrying a flush that failed until it commits.</summary>
public sealed class CursorAfterOutageTests
{
    private const int Flushes = 8;
    private const string Owner = "writer";

    [Test]
    public void Whenever_the_cursor_reads_k_every_write_of_flushes_1_to_k_is_applied_also_after_a_flush_cut_off_by_an_outage()
    {
        (string? violation, bool cutOff) = Run((_, channel) => channel);

        Assert.That(cutOff, Is.True, "no flush was cut off part-way: the outage does not exercise the promise");
        Assert.That(violation, Is.Null);
    }

    [Test]
    public void The_check_catches_a_commit_channel_that_acknowledges_writes_before_applying_them()
    {
        // The test-only bug: a write-behind cache in front of the commit channel that applies each write
        // 50 ms after acknowledging it, while the cursor goes straight through.
        (string? violation, _) = Run((runtime, channel) => new WriteBehindKeyValueStore(runtime, channel));

        Assert.That(violation, Does.StartWith("the cursor reads"));
    }

    private static (string? Violation, bool CutOff) Run(Func<ISimRuntime, IKeyValueStore, IKeyValueStore> channel)
    {
        TargetProfile local = TargetProfileLoader.Load(RepositoryPaths.Profile("local"));
        var latency = DurationDistribution.Constant(SimDuration.FromMilliseconds(10));
        TargetProfile slow = local with { KeyValue = local.KeyValue with { Latency = latency }, Object = local.Object with { Latency = latency } };
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        StoreSet remote = StoreSet.Remote(runtime, slow);
        new FaultPlan().Outage("stores", SimTime.FromSeconds(0.085), SimTime.FromSeconds(0.2)).Schedule(runtime, new FaultTargets().Add("stores", remote.Faults!));
        StoreSet stores = remote with { CommitChannel = channel(runtime, remote.CommitChannel) };
        IStoreInspector inspector = remote.Inspector!;
        string? violation = null;
        bool cutOff = false;
        bool done = false;
        runtime.Spawn(Owner, async () =>
        {
            var session = new StoreSession(stores, Owner);
            for (int flush = 1; flush <= Flushes; flush++)
            {
                foreach (string key in Keys(flush))
                {
                    session.Set(key, "v");
                }
                while ((await session.FlushAsync()).Outcome != FlushOutcome.Committed)
                {
                    cutOff |= Keys(flush).Any(key => inspector.KeyValue(key) is not null);
                    await runtime.Delay(SimDuration.FromMilliseconds(20));
                }
            }
            done = true;
        });
        runtime.Spawn("watcher", async () =>
        {
            while (!done && violation is null)
            {
                long cursor = inspector.KeyValue(StoreSession.CursorKey(Owner)) is string text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
                string? missing = Enumerable.Range(1, (int)cursor).SelectMany(Keys).FirstOrDefault(key => inspector.KeyValue(key) is null);
                if (missing is not null)
                {
                    violation = $"the cursor reads {cursor} at {runtime.Now}, but {missing} is not applied";
                }
                await runtime.Delay(SimDuration.FromMilliseconds(1));
            }
        });
        runtime.RunToCompletion();
        Assert.That(done, Is.True, "the writer did not commit every flush");
        return (violation, cutOff);
    }

    private static string[] Keys(int flush) => [$"f{flush}-a", $"f{flush}-b", $"f{flush}-c"];

    /// <summary>Deliberately broken: acknowledges a write at once and applies it 50 ms later; the cursor goes straight through.</summary>
    private sealed class WriteBehindKeyValueStore(ISimRuntime runtime, IKeyValueStore inner) : IKeyValueStore
    {
        public ValueTask<StoreResult<string?>> GetAsync(string key) => inner.GetAsync(key);

        public ValueTask<StoreResult> SetAsync(string key, string value)
        {
            if (key.StartsWith("cursor/", StringComparison.Ordinal))
            {
                return inner.SetAsync(key, value);
            }
            _ = runtime.Spawn("write-behind", async () =>
            {
                await runtime.Delay(SimDuration.FromMilliseconds(50));
                await inner.SetAsync(key, value);
            });
            return new(StoreResult.Ok);
        }

        public ValueTask<StoreResult> DeleteAsync(string key) => inner.DeleteAsync(key);

        public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => inner.ListAsync(prefix);
    }
}
