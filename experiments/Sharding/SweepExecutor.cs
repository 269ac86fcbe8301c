using System.Runtime.ExceptionServices;

namespace Nexus.Experiments.Sharding;

/// <summary>Runs a sweep's independent units: those of one shard (or all), on up to
/// <c>workers</c> threads at once. Each unit is a whole simulation of its own, so units share nothing
/// and the result of unit k lands in slot k whatever thread ran it and whenever it finished: the
/// results, and every byte written from them, do not depend on the number of workers.</summary>
public static class SweepExecutor
{
    /// <summary>The largest worker count accepted.</summary>
    public const int WorkersMax = 256;

    /// <summary>A worker's stack: as deep as the main thread's on Linux, where one worker runs units.</summary>
    private const int MainThreadStack = 8 << 20;

    /// <summary>Runs the units <paramref name="shard"/> owns (all units when null) and returns every
    /// slot, default where the unit belongs to another shard. <paramref name="progress"/> gets (done,
    /// total) after each unit, one call at a time. When units fail, the failure of the lowest unit is
    /// rethrown, as it is with one worker.</summary>
    public static T?[] Run<T>(int units, Func<int, T> run, Shard? shard, int workers, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        int[] owned = [.. Enumerable.Range(0, units).Where(unit => shard?.Owns(unit) ?? true)];
        var results = new T?[units];
        int done = 0;
        var gate = new object();
        if (workers == 1)
        {
            foreach (int unit in owned)
            {
                results[unit] = run(unit);
                progress(++done, owned.Length);
            }
            return results;
        }
        var failures = new SortedDictionary<int, ExceptionDispatchInfo>();
        int next = -1;
        var threads = Enumerable.Range(0, Math.Min(workers, Math.Max(owned.Length, 1))).Select(_ => new Thread(() =>
        {
            for (int position = Interlocked.Increment(ref next); position < owned.Length; position = Interlocked.Increment(ref next))
            {
                int unit = owned[position];
                try
                {
                    results[unit] = run(unit);
                }
                catch (Exception error)
                {
                    lock (gate)
                    {
                        failures[unit] = ExceptionDispatchInfo.Capture(error);
                    }
                    return;
                }
                lock (gate)
                {
                    progress(++done, owned.Length);
                }
            }
        }, MainThreadStack) { IsBackground = true }).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }
        foreach (Thread thread in threads)
        {
            thread.Join();
        }
        if (failures.Count > 0)
        {
            failures.First().Value.Throw();
        }
        return results;
    }
}
