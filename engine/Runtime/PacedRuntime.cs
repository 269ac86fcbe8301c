using System.Collections.Concurrent;
using System.Diagnostics;
using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>The kernel's own event loop paced by the real clock, for code that meets the outside world
/// (a server's target, clients of a real server): a <see cref="VirtualRuntime"/> whose clock is never
/// let run ahead of real time. A simulated duration d takes d x <see cref="TimeScale"/> of real time.
/// Events run in the loop's (time, sequence) order, so events due at one instant run in the order they
/// were scheduled, as on virtual time; only when an event runs is set by the real clock. Draws are seeded
/// exactly as on virtual time, so the same requests in the same order meet the same latencies and faults.
/// Everything runs on one dedicated thread, so the simulated state needs no locks: <see cref="Run{T}"/>
/// is the way in from any other thread, and a continuation posted from another thread (a real HTTP
/// answer arriving) joins the loop at the instant it arrives.</summary>
public sealed class PacedRuntime : ISimRuntime, IDisposable
{
    private readonly VirtualRuntime _loop;
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _inbox = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Thread _thread;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp(); // determinism-ok: this runtime is paced by the real clock on purpose; nothing it runs is a reproducible output
    private readonly object _stopLock = new();
    private bool _stopping;

    /// <summary>A runtime seeded with <paramref name="seed"/>, whose simulated time runs
    /// 1 / <paramref name="timeScale"/> times as fast as real time.</summary>
    public PacedRuntime(ulong seed, double timeScale)
    {
        if (!(timeScale > 0) || double.IsInfinity(timeScale))
        {
            throw new ArgumentOutOfRangeException(nameof(timeScale), "the time scale must be a positive number");
        }
        TimeScale = timeScale;
        _loop = new VirtualRuntime(new VirtualRuntimeOptions(seed)) { OutsidePost = Enqueue };
        _thread = new Thread(Drive) { IsBackground = true, Name = "nexus-paced-loop" };
        _thread.Start();
    }

    /// <summary>Real seconds per simulated second.</summary>
    public double TimeScale { get; }

    /// <inheritdoc />
    public SimTime Now => _loop.Now;

    /// <inheritdoc />
    public IChoiceSource Choice => _loop.Choice;

    /// <inheritdoc />
    public SimTrace? Trace => null;

    /// <inheritdoc />
    public bool PooledAwaits => _loop.PooledAwaits;

    /// <summary>Runs <paramref name="work"/> on the loop at the instant it arrives, after everything already
    /// due then; the task completes with it, off the loop's thread. Callable from any thread.</summary>
    public Task<T> Run<T>(Func<ValueTask<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(_ => _ = RunAsync(work, done), null);
        return done.Task;
    }

    /// <inheritdoc />
    public ValueTask Delay(SimDuration delay) => _loop.Delay(delay);

    /// <inheritdoc />
    public ValueTask DelayUntil(SimTime time) => _loop.DelayUntil(time);

    /// <inheritdoc />
    public ValueTask Yield() => _loop.Yield();

    /// <summary>Starts <paramref name="process"/> on the loop in this instant, after what is already due;
    /// its failure is its task's, not the loop's (a server's loop outlives a failed request).</summary>
    public Task Spawn(string name, Func<Task> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Run(async () =>
        {
            await process();
            return true;
        });
    }

    /// <inheritdoc />
    public void ScheduleAt(SimTime time, EventTarget target) => _loop.ScheduleAt(time, target);

    /// <inheritdoc />
    public SimRandom Stream(string name) => _loop.Stream(name);

    /// <summary>Runs what has arrived, then stops the loop: events not yet due are not run.</summary>
    public void Dispose()
    {
        lock (_stopLock)
        {
            if (_stopping)
            {
                return;
            }
            _stopping = true;
        }
        _arrived.Release();
        if (Environment.CurrentManagedThreadId != _thread.ManagedThreadId)
        {
            _thread.Join();
        }
    }

    /// <summary>Takes work from outside into the inbox; after <see cref="Dispose"/> a late arrival (an
    /// answer to a request nobody waits for any more) is dropped.</summary>
    private void Enqueue(SendOrPostCallback callback, object? state)
    {
        lock (_stopLock)
        {
            if (_stopping)
            {
                return;
            }
            _inbox.Enqueue((callback, state));
        }
        _arrived.Release();
    }

    /// <summary>The loop's thread: lets the virtual clock follow the real one, running every event as it
    /// falls due and every arrival at the instant it arrives, and sleeps until the next of either.</summary>
    private void Drive()
    {
        while (true)
        {
            long realNow = RealNanoseconds();
            if (realNow > _loop.Now.Nanoseconds)
            {
                _loop.RunUntil(new SimTime(realNow));
            }
            bool arrived = false;
            while (_inbox.TryDequeue(out var work))
            {
                _loop.PostNow(work.Callback, work.State);
                arrived = true;
            }
            if (arrived)
            {
                _loop.RunUntil(_loop.Now);
                continue;
            }
            lock (_stopLock)
            {
                if (_stopping && _inbox.IsEmpty)
                {
                    return;
                }
            }
            _arrived.Wait(_loop.TryPeekNextTime(out long next) ? RealDelay(next - realNow) : Timeout.InfiniteTimeSpan);
        }
    }

    private long RealNanoseconds() => (long)(Stopwatch.GetElapsedTime(_startTimestamp).Ticks * 100 / TimeScale); // determinism-ok: the real clock is what paces this runtime

    /// <summary>The real time <paramref name="nanoseconds"/> of simulated time takes, rounded up to the clock's resolution.</summary>
    private TimeSpan RealDelay(long nanoseconds) =>
        nanoseconds <= 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Ceiling(nanoseconds * TimeScale / 100));

    private static async Task RunAsync<T>(Func<ValueTask<T>> work, TaskCompletionSource<T> done)
    {
        try
        {
            done.SetResult(await work());
        }
        catch (Exception error)
        {
            done.SetException(error);
        }
    }
}
