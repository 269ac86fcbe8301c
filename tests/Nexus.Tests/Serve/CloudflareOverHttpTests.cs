using System.Diagnostics;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Serve;

/// <summary>The cf-workers profile through real HTTP: reads are stale only within the window, and a
/// write that timed out reads back whole or absent.</summary>
[NonParallelizable] // on the real clock: alone, as a researcher's server would be
public sealed class CloudflareOverHttpTests
{
    /// <summary>At time scale 0.01 the profile's 60 s window is 0.6 s of real time.</summary>
    private const double TimeScale = 0.01;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60 * TimeScale);

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    public void No_read_is_older_than_the_stale_window(ulong seed) => ServedStores.Run(() =>
        ServedStores.WithAsync(ServedStores.Options("cf-workers", seed, TimeScale), async (_, stores) =>
        {
            (List<(TimeSpan Acked, int Version)> writes, List<(TimeSpan Sent, int Version)> reads) = await WriteWhileReading(stores);

            Assert.That(writes, Has.Count.GreaterThan(20), "too few writes to judge");
            Assert.That(StaleReads(writes, reads, TimeSpan.Zero), Is.GreaterThan(0), "no read was stale at all: nothing was tested");
            Assert.That(StaleReads(writes, reads, Window), Is.Zero, "a read missed a write acknowledged more than the window before it was sent");
            Assert.That(StaleReads(writes, reads, Window / 4), Is.GreaterThan(0),
                "the check cannot fail: no read was staler than a quarter of the window");
        }));

    [TestCase(1UL)]
    [TestCase(2UL)]
    public void A_timed_out_write_reads_back_whole_or_absent(ulong seed) => ServedStores.Run(() =>
        ServedStores.WithAsync(ServedStores.Options("cf-workers", seed), async (_, stores) =>
        {
            // Blob writes take about 20 ms (median); a 20 ms timeout cuts many of them, before or after they apply.
            var statuses = new StoreStatus[60];
            for (int i = 0; i < statuses.Length; i++)
            {
                statuses[i] = (await stores.Blob.PutAsync(Key(i), Content(i))).Status;
            }
            int applied = 0, absent = 0;
            for (int i = 0; i < statuses.Length; i++)
            {
                if (statuses[i] != StoreStatus.Timeout)
                {
                    continue;
                }
                byte[]? read = await ReadBack(stores, Key(i));
                Assert.That(read is null || read.AsSpan().SequenceEqual(Content(i)), Is.True, $"write {i} timed out and read back neither whole nor absent");
                applied += read is null ? 0 : 1;
                absent += read is null ? 1 : 0;
            }
            Assert.That(applied, Is.GreaterThan(0), "no timed-out write landed: the test means nothing");
            Assert.That(absent, Is.GreaterThan(0), "every timed-out write landed: the test means nothing");
        }, TimeSpan.FromMilliseconds(20)));

    /// <summary>One writer counting up one key, ten times a window, two readers reading it as fast as
    /// they can, for three windows of real time. (A writer much faster than the window would hide the
    /// staleness: some write would always have just become visible.)</summary>
    private static async Task<(List<(TimeSpan, int)> Writes, List<(TimeSpan, int)> Reads)> WriteWhileReading(StoreSet stores)
    {
        var clock = Stopwatch.StartNew();
        var writes = new List<(TimeSpan, int)>();
        var reads = new List<(TimeSpan, int)>();
        TimeSpan end = Window * 3;
        async Task Write()
        {
            for (int version = 1; clock.Elapsed < end; version++)
            {
                if ((await stores.KeyValue.SetAsync("counter", version.ToString(System.Globalization.CultureInfo.InvariantCulture))).IsOk)
                {
                    writes.Add((clock.Elapsed, version));
                }
                await Task.Delay(Window / 10);
            }
        }
        async Task Read()
        {
            while (clock.Elapsed < end)
            {
                TimeSpan sent = clock.Elapsed;
                StoreResult<string?> read = await stores.KeyValue.GetAsync("counter");
                if (read.IsOk)
                {
                    lock (reads)
                    {
                        reads.Add((sent, read.Value is null ? 0 : int.Parse(read.Value, System.Globalization.CultureInfo.InvariantCulture)));
                    }
                }
            }
        }
        await Task.WhenAll(Task.Run(Write), Task.Run(Read), Task.Run(Read));
        return (writes, reads);
    }

    /// <summary>Reads that returned an older version than one acknowledged more than <paramref name="bound"/> before the read was sent.</summary>
    private static int StaleReads(List<(TimeSpan Acked, int Version)> writes, List<(TimeSpan Sent, int Version)> reads, TimeSpan bound) =>
        reads.Count(read => writes.Any(write => write.Acked < read.Sent - bound && write.Version > read.Version));

    private static string Key(int i) => "blobs/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Content(int i) => Enumerable.Repeat((byte)(i + 1), 64 * 1024).ToArray();

    /// <summary>Reads get the same 20 ms timeout: asked again until one is answered.</summary>
    private static async Task<byte[]?> ReadBack(StoreSet stores, string key) =>
        (await StoreRetry.UntilOkAsync((stores, key), static read => read.stores.Blob.GetAsync(read.key), attemptsMax: 101)).Require();
}
