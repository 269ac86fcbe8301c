using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage.Remote;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Tests.Storage;

public sealed class CloudflareWorkersTests
{
    private static readonly TargetProfile Profile = TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers"));
    private static readonly SimDuration Window = Profile.KeyValueStaleWindow;

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_stale_key_value_read_is_never_older_than_the_window(ulong seed)
    {
        var fixture = StorageFixture.WithProfile("cf-workers", seed);
        StaleReadLog log = StaleReadWorkload(fixture, fixture.Stores.KeyValue);
        var state = ((RemoteKeyValueStore)fixture.Stores.KeyValue).State;

        Assert.That(OlderThanWindow(log), Is.Empty);
        Assert.That(log.Reads.Count(read => read.Stale), Is.GreaterThan(0), "the workload must actually observe stale reads");
        Assert.That(state.MaxObservedStaleness, Is.LessThanOrEqualTo(Window).And.GreaterThan(SimDuration.Zero));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_store_that_serves_reads_twice_the_window_old_is_caught_by_the_same_workload_and_check(ulong seed)
    {
        // Negative control: the dedicated test's workload on a state that lags up to twice the window.
        var fixture = StorageFixture.WithProfile("cf-workers", seed);
        var lagging = new EventualKeyValue(Window * 2, new SimRandom(seed));
        var store = new RemoteKeyValueStore(new RemoteBoundary(fixture.Runtime, "lagging"), Profile.KeyValue, lagging);
        Assert.That(OlderThanWindow(StaleReadWorkload(fixture, store)), Is.Not.Empty);
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_session_cursor_never_goes_back_when_its_hydrate_reads_a_stale_commit_channel(ulong seed)
    {
        // Found by nexus check storage: the commit channel is eventually consistent, so a hydrate soon
        // after a flush may read an older cursor; the session must not take it.
        var fixture = StorageFixture.WithProfile("cf-workers", seed);
        var cursors = new List<long>();
        fixture.Run(async stores =>
        {
            var session = new Nexus.Worlds.Storage.Sessions.StoreSession(stores, "w");
            for (int round = 0; round < 20; round++)
            {
                while (!(await session.HydrateAsync([])).IsOk)
                {
                }
                session.Set("k" + round, "v");
                while ((await session.FlushAsync()).Outcome != Nexus.Worlds.Storage.Sessions.FlushOutcome.Committed)
                {
                }
                cursors.Add(session.Cursor);
            }
        });
        Assert.That(cursors, Is.EqualTo(Enumerable.Range(1, 20).Select(i => (long)i)));
        Assert.That(fixture.Stores.Inspector!.KeyValue(Nexus.Worlds.Storage.Sessions.StoreSession.CursorKey("w")), Is.EqualTo("20"));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Concurrent_compare_and_swaps_from_one_expected_value_have_exactly_one_winner(ulong seed)
    {
        var fixture = StorageFixture.WithProfile("cf-workers", seed);
        var winners = new List<string>();
        fixture.Run(async stores =>
        {
            Task[] workers = Enumerable.Range(0, 100).Select(i => fixture.Runtime.Spawn("worker", async () =>
            {
                string me = "worker-" + i;
                if (await ClaimAsync(stores.Object, "lock", me))
                {
                    winners.Add(me);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            Assert.That(winners, Has.Count.EqualTo(1));
            Assert.That(await ReadStateAsync(stores.Object, "lock"), Is.EqualTo(winners[0]));
        });
    }

    [Test]
    public void Without_compare_and_swap_the_one_winner_check_fails()
    {
        // Negative control: read-then-write on the key-value store, the capability gap CAS fills.
        var fixture = StorageFixture.WithProfile("cf-workers", 3);
        int winners = 0;
        fixture.Run(async stores =>
        {
            await Task.WhenAll(Enumerable.Range(0, 100).Select(i => fixture.Runtime.Spawn("worker", async () =>
            {
                StoreResult<string?> seen = await stores.KeyValue.GetAsync("lock");
                if (seen.IsOk && seen.Value is null && (await stores.KeyValue.SetAsync("lock", "worker-" + i)).IsOk)
                {
                    winners++;
                }
            })));
        });
        Assert.That(winners, Is.GreaterThan(1));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_timed_out_write_is_either_applied_or_absent_and_a_read_tells_which(ulong seed)
    {
        // Timeouts close to the latency make them common; the blob store is strongly consistent.
        OperationProfile tight = Profile.Blob with { Timeout = SimDuration.FromMilliseconds(22) };
        var fixture = StorageFixture.WithProfile("cf-workers", seed);
        var boundary = new RemoteBoundary(fixture.Runtime, "tight-blob");
        var state = new Worlds.Storage.Memory.MemoryBlobStore();
        var blobs = new RemoteBlobStore(boundary, tight, state);
        var reader = new RemoteBlobStore(new RemoteBoundary(fixture.Runtime, "reader"), Profile.Blob, state); // its own connection
        int applied = 0;
        int absent = 0;
        fixture.Run(async _ =>
        {
            byte last = 0;
            for (byte i = 1; i < 200; i++)
            {
                if ((await blobs.PutAsync("b", new[] { i })).IsOk)
                {
                    last = i;
                    continue;
                }
                byte[]? seen = await ReadBlobAsync(reader, "b");
                byte now = seen is null ? (byte)0 : seen.Single();
                Assert.That(now, Is.EqualTo(i).Or.EqualTo(last), "a timed-out write is whole or absent, never another value");
                if (now == i)
                {
                    applied++;
                    last = i;
                }
                else
                {
                    absent++;
                }
            }
        });
        Assert.That(applied, Is.EqualTo(boundary.Statistics.TimeoutsApplied), "the reads agree with what the server applied");
        Assert.That(applied + absent, Is.EqualTo(boundary.Statistics.Timeouts + boundary.Statistics.Unavailable));
        Assert.That(applied, Is.GreaterThan(0), "some timed-out writes must have been applied");
        Assert.That(absent, Is.GreaterThan(0), "and some not");
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_session_that_loses_arbitration_leaves_no_trace_of_its_writes(ulong seed)
    {
        var fixture = StorageFixture.WithProfile("cf-workers", seed);
        var outcomes = new Dictionary<string, FlushOutcome>();
        fixture.Run(async stores =>
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(i => fixture.Runtime.Spawn("session", async () =>
            {
                string owner = "w" + i;
                outcomes[owner] = await ExtendChainOnceAsync(stores, owner);
            })));
            await fixture.Runtime.Delay(Window + SimDuration.FromSeconds(1)); // let every write become visible
            string winner = outcomes.Single(o => o.Value == FlushOutcome.Committed).Key;
            Assert.That(await ReadStateAsync(stores.Object, "head"), Is.EqualTo("from-" + winner));
            foreach (string loser in outcomes.Keys.Where(owner => owner != winner))
            {
                Assert.That(outcomes[loser], Is.EqualTo(FlushOutcome.LostArbitration));
                Assert.That(await ReadValueAsync(stores.KeyValue, "facts/" + loser), Is.Null);
                Assert.That(await ReadValueAsync(stores.CommitChannel, StoreSession.CursorKey(loser)), Is.Null);
            }
            Assert.That(await ReadValueAsync(stores.KeyValue, "facts/" + winner), Is.EqualTo("payload of " + winner));
        });
    }

    private static async Task<FlushOutcome> ExtendChainOnceAsync(StoreSet stores, string owner)
    {
        var session = new StoreSession(stores, owner);
        while (!(await session.HydrateAsync([], ["head"])).IsOk)
        {
        }
        session.CompareAndSwap("head", "", "from-" + owner);
        session.Set("facts/" + owner, "payload of " + owner);
        for (int attempt = 0; attempt < 20; attempt++)
        {
            FlushResult result = await session.FlushAsync();
            if (result.Outcome != FlushOutcome.Failed)
            {
                return result.Outcome;
            }
        }
        throw new AssertionException($"session {owner} never decided its flush");
    }

    private sealed record Read(SimTime SentAt, int Version, bool Stale);

    private sealed record StaleReadLog(List<Read> Reads, List<(SimTime At, int Version)> Acknowledged);

    /// <summary>Writes far enough apart that no newer write can hide an older one's lag.</summary>
    private const int VersionCount = 40;

    /// <summary>A writer sets k to 1, 2, ... one every two and a half windows, so each write must become
    /// visible on its own within the window; a reader reads every 250 ms until a window after the last.
    /// Logs each read with the version it saw, and each write with the time its acknowledgement arrived.</summary>
    private static StaleReadLog StaleReadWorkload(StorageFixture fixture, IKeyValueStore store)
    {
        var spacing = new SimDuration(Window.Nanoseconds * 5 / 2);
        SimTime readUntil = SimTime.Zero + spacing * VersionCount + Window;
        var log = new StaleReadLog([], []);
        fixture.Run(async _ =>
        {
            Task writer = fixture.Runtime.Spawn("writer", async () =>
            {
                for (int version = 1; version <= VersionCount; version++)
                {
                    if ((await store.SetAsync("k", version.ToString(System.Globalization.CultureInfo.InvariantCulture))).IsOk)
                    {
                        log.Acknowledged.Add((fixture.Runtime.Now, version));
                    }
                    await fixture.Runtime.Delay(spacing);
                }
            });
            Task reader = fixture.Runtime.Spawn("reader", async () =>
            {
                while (fixture.Runtime.Now < readUntil)
                {
                    await fixture.Runtime.Delay(SimDuration.FromMilliseconds(250));
                    SimTime sent = fixture.Runtime.Now;
                    StoreResult<string?> read = await store.GetAsync("k");
                    if (read.IsOk)
                    {
                        int version = read.Value is null ? 0 : int.Parse(read.Value, System.Globalization.CultureInfo.InvariantCulture);
                        bool stale = log.Acknowledged.Any(a => a.At <= sent && a.Version > version);
                        log.Reads.Add(new Read(sent, version, stale));
                    }
                }
            });
            await Task.WhenAll(writer, reader);
        });
        return log;
    }

    /// <summary>Reads that missed a write acknowledged at least a window before they were sent.</summary>
    private static List<Read> OlderThanWindow(StaleReadLog log) =>
        log.Reads.Where(read => log.Acknowledged.Any(a => a.At + Window <= read.SentAt && a.Version > read.Version)).ToList();

    private static async Task<bool> ClaimAsync(IObjectStore objects, string key, string me)
    {
        while (true)
        {
            StoreResult<bool> swap = await objects.PutStateAsync(key, "", me);
            if (swap.IsOk)
            {
                return swap.Value;
            }
            if (swap.Status == StoreStatus.Timeout)
            {
                string state = await ReadStateAsync(objects, key);
                if (state.Length > 0)
                {
                    return state == me;
                }
            }
        }
    }

    private static Task<string> ReadStateAsync(IObjectStore objects, string key) => UntilOk(() => objects.GetStateAsync(key));

    private static Task<string?> ReadValueAsync(IKeyValueStore store, string key) => UntilOk(() => store.GetAsync(key));

    private static Task<byte[]?> ReadBlobAsync(IBlobStore blobs, string key) => UntilOk(() => blobs.GetAsync(key));

    /// <summary>Repeats a read until the target answers it: reads change nothing, so retrying is safe.</summary>
    private static async Task<T> UntilOk<T>(Func<ValueTask<StoreResult<T>>> read)
    {
        while (true)
        {
            StoreResult<T> result = await read();
            if (result.IsOk)
            {
                return result.Value;
            }
        }
    }
}
