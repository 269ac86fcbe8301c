using System.Diagnostics;
using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>A bounded load test of a running server from many concurrent clients: each client mixes
/// reads (40%), writes of its own keys (40%) and compare-and-swap increments of one shared counter
/// (20%), choosing from its own seeded stream, until the time or the request budget runs out. Then an
/// audit: every acknowledged write reads back (its key's last one), and the counter equals the
/// increments that won.</summary>
public static class LoadTest
{
    private const string Counter = "load/counter";

    /// <summary>Runs <paramref name="clients"/> clients against the server at <paramref name="address"/>.</summary>
    public static async Task<LoadResult> RunAsync(Uri address, int clients, TimeSpan duration, long requestsMax, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clients, 1);
        using var http = new HttpClient { BaseAddress = address };
        StoreSet stores = HttpStores.Connect(http, TimeSpan.FromSeconds(10));
        var budget = new Budget(requestsMax);
        var clock = Stopwatch.StartNew();
        var root = new SimRandom(seed);
        Client[] running = [.. Enumerable.Range(0, clients).Select(i => new Client(i, root.Fork("client/" + i.ToString(CultureInfo.InvariantCulture))))];
        await Task.WhenAll(running.Select(client => Task.Run(() => client.RunAsync(stores, clock, duration, budget))));
        TimeSpan elapsed = clock.Elapsed;

        long[] latencies = [.. running.SelectMany(client => client.Latencies).Order()];
        var load = new LoadResult(latencies.Length, running.Sum(client => client.Failures), elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            running.SelectMany(client => client.Acked).ToDictionary(StringComparer.Ordinal),
            running.Sum(client => client.Wins), running.Sum(client => client.UncertainWins));
        return load with { Lost = await AuditAsync(stores, load) };
    }

    /// <summary>What the server at <paramref name="address"/> lost of what <paramref name="load"/> was
    /// told: every acknowledged write must read back, and the counter must count the increments that
    /// won (and at most those that timed out besides).</summary>
    public static async Task<IReadOnlyList<string>> AuditAsync(Uri address, LoadResult load)
    {
        using var http = new HttpClient { BaseAddress = address };
        return await AuditAsync(HttpStores.Connect(http, TimeSpan.FromSeconds(10)), load);
    }

    private static async Task<IReadOnlyList<string>> AuditAsync(StoreSet stores, LoadResult load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var lost = new List<string>();
        foreach ((string key, string value) in load.Acked.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            string? read = (await stores.KeyValue.GetAsync(key)).Require();
            if (read != value)
            {
                lost.Add($"{key}: acknowledged '{value}', read '{read}'");
            }
        }
        long counter = Count((await stores.Object.GetStateAsync(Counter)).Require());
        if (counter < load.CounterWins || counter > load.CounterWins + load.CounterUncertain)
        {
            lost.Add($"{Counter}: {load.CounterWins} increments won ({load.CounterUncertain} more timed out), the counter holds {counter}");
        }
        return lost;
    }

    /// <summary>The baseline: the same clients sending a request the server answers without the target
    /// (a route that does not exist, 404), as fast as they can for the same time; requests per second.</summary>
    public static async Task<double> BareRequestsPerSecondAsync(Uri address, int clients, TimeSpan duration, long requestsMax)
    {
        using var http = new HttpClient { BaseAddress = address };
        var budget = new Budget(requestsMax);
        var clock = Stopwatch.StartNew();
        long answered = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration && budget.Take())
            {
                using HttpResponseMessage response = await http.GetAsync("/bare");
                Interlocked.Increment(ref answered);
            }
        })));
        return answered / clock.Elapsed.TotalSeconds;
    }

    private static long Count(string state) => state.Length == 0 ? 0 : long.Parse(state, CultureInfo.InvariantCulture);

    private static TimeSpan Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))]);

    /// <summary>The requests left, shared by every client.</summary>
    private sealed class Budget(long requests)
    {
        private long _left = requests;

        public bool Take() => Interlocked.Decrement(ref _left) >= 0;
    }

    private sealed class Client(int index, SimRandom random)
    {
        private const int Keys = 16;
        private int _written;

        /// <summary>Each of the client's keys and the value its last acknowledged write set.</summary>
        public Dictionary<string, string> Acked { get; } = new(StringComparer.Ordinal);

        /// <summary>Keys whose last write failed: it may or may not have applied, so they are left alone.</summary>
        private HashSet<string> Uncertain { get; } = new(StringComparer.Ordinal);

        public List<long> Latencies { get; } = [];

        public long Failures { get; private set; }

        public long Wins { get; private set; }

        /// <summary>Increments that timed out: applied whole or not at all.</summary>
        public long UncertainWins { get; private set; }

        public async Task RunAsync(StoreSet stores, Stopwatch clock, TimeSpan duration, Budget budget)
        {
            while (clock.Elapsed < duration && budget.Take())
            {
                long started = Stopwatch.GetTimestamp();
                int draw = random.Next(10);
                bool ok = draw switch
                {
                    < 4 => (await stores.KeyValue.GetAsync(Key(random.Next(Keys)))).IsOk,
                    < 8 => await WriteAsync(stores),
                    _ => await IncrementAsync(stores),
                };
                Latencies.Add(Stopwatch.GetTimestamp() - started);
                Failures += ok ? 0 : 1;
            }
        }

        private string Key(int k) => string.Create(CultureInfo.InvariantCulture, $"load/{index}/{k}");

        private async Task<bool> WriteAsync(StoreSet stores)
        {
            string key = Key(random.Next(Keys));
            if (Uncertain.Contains(key))
            {
                return true;
            }
            string value = string.Create(CultureInfo.InvariantCulture, $"{index}:{++_written}");
            if ((await stores.KeyValue.SetAsync(key, value)).IsOk)
            {
                Acked[key] = value;
                return true;
            }
            Acked.Remove(key);
            Uncertain.Add(key);
            return false;
        }

        /// <summary>One read of the counter and one compare-and-swap from it (two requests, timed as one operation).</summary>
        private async Task<bool> IncrementAsync(StoreSet stores)
        {
            StoreResult<string> state = await stores.Object.GetStateAsync(Counter);
            if (!state.IsOk)
            {
                return false;
            }
            string next = (Count(state.Value) + 1).ToString(CultureInfo.InvariantCulture);
            StoreResult<bool> swap = await stores.Object.PutStateAsync(Counter, state.Value, next);
            Wins += swap.IsOk && swap.Value ? 1 : 0;
            UncertainWins += swap.Status == StoreStatus.Timeout ? 1 : 0;
            return swap.IsOk;
        }
    }
}
