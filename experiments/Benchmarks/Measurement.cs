using System.Diagnostics;

namespace Nexus.Experiments.Benchmarks;

/// <summary>One timed round: throughput and allocation per event.</summary>
public readonly record struct Measurement(double EventsPerSecond, double BytesPerEvent)
{
    /// <summary>Of two measurements of the same thing, the one with more events per second.</summary>
    public static Measurement Faster(Measurement a, Measurement b) => b.EventsPerSecond > a.EventsPerSecond ? b : a;

    /// <summary>Keeps in <paramref name="best"/>, for each figure, the faster of what it holds and what
    /// <paramref name="more"/> measured: how rounds of the same command become one figure each.</summary>
    public static void KeepFaster<TKey>(Dictionary<TKey, Measurement> best, IReadOnlyDictionary<TKey, Measurement> more) where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(more);
        foreach ((TKey key, Measurement measurement) in more)
        {
            best[key] = best.TryGetValue(key, out Measurement known) ? Faster(known, measurement) : measurement;
        }
    }

    /// <summary>Times <paramref name="run"/>, which executes <paramref name="events"/> events, and counts what it allocates.</summary>
    public static Measurement Of(long events, Action run)
    {
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        long started = Stopwatch.GetTimestamp();
        run();
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new Measurement(events / seconds, (double)allocated / events);
    }
}
