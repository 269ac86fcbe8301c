using System.Collections.Concurrent;
using System.Diagnostics;
using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Experiments.Serve;

/// <summary>The runtime of a real boundary: the simulated code of a target (its boundaries and
/// states) on one dedicated thread, with the real clock as its time. A simulated duration d takes
/// d x <see cref="TimeScale"/> of real time, so <see cref="Now"/> is the real time since start divided
/// by the scale. Draws are seeded exactly as on virtual time (a stream is a child of the root seed
/// named like it), so the same requests in the same order meet the same latencies and faults; what
/// order real requests arrive in is up to the world outside. Everything runs on the one thread, in the
/// order posted, so the target's state needs no locks: <see cref="Run{T}"/> is the way in.</summary>
public sealed class WallClockRuntime : ISimRuntime, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];
    private readonly Thread _thread;
    private readonly SimRandom _root;
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    /// <summary>A runtime seeded with <paramref name="seed"/>, whose simulated time runs
    /// 1 / <paramref name="timeScale"/> times as fast as real time.</summary>
    public WallClockRuntime(ulong seed, double timeScale)
    {
        if (!(timeScale > 0) || double.IsInfinity(timeScale))
        {
            throw new ArgumentOutOfRangeException(nameof(timeScale), "the time scale must be a positive number");
        }
        TimeScale = timeScale;
        _root = new SimRandom(seed);
        Choice = new SeededChoiceSource(_root.Fork("choice"), () => Now.Nanoseconds);
        _thread = new Thread(Drain) { IsBackground = true, Name = "nexus-target" };
        _thread.Start();
    }

    /// <summary>Real seconds per simulated second.</summary>
    public double TimeScale { get; }

    /// <inheritdoc />
    public SimTime Now => new((long)(Stopwatch.GetElapsedTime(_startTimestamp).Ticks * 100 / TimeScale));

    /// <inheritdoc />
    public IChoiceSource Choice { get; }

    /// <inheritdoc />
    public SimTrace? Trace => null;

    /// <inheritdoc />
    public bool PooledAwaits => false;

    /// <summary>Runs <paramref name="work"/> on the runtime's thread; the task completes with it, off that thread.</summary>
    public Task<T> Run<T>(Func<ValueTask<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(_ => _ = RunAsync(work, done), null);
        return done.Task;
    }

    /// <inheritdoc />
    public ValueTask Delay(SimDuration delay)
    {
        delay.RequireNonNegative(nameof(delay));
        return DelayUntil(new SimTime(checked(Now.Nanoseconds + delay.Nanoseconds)));
    }

    /// <inheritdoc />
    public ValueTask DelayUntil(SimTime time)
    {
        double realTicks = (time.Nanoseconds - Now.Nanoseconds) / 100.0 * TimeScale;
        return realTicks < 1 ? ValueTask.CompletedTask : new ValueTask(Task.Delay(TimeSpan.FromTicks((long)Math.Ceiling(realTicks))));
    }

    /// <inheritdoc />
    public ValueTask Yield() => new(YieldAsync());

    /// <inheritdoc />
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
    public void ScheduleAt(SimTime time, IEventTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _ = Run(async () =>
        {
            await DelayUntil(time);
            target.Fire();
            return true;
        });
    }

    /// <inheritdoc />
    public SimRandom Stream(string name) => _root.Fork(name);

    /// <summary>Finishes what is queued and stops the thread.</summary>
    public void Dispose()
    {
        lock (_queue)
        {
            if (_queue.IsAddingCompleted)
            {
                return;
            }
            _queue.CompleteAdding();
        }
        if (Environment.CurrentManagedThreadId != _thread.ManagedThreadId)
        {
            _thread.Join();
        }
    }

    /// <summary>Queues a callback; once the runtime is disposed, a late one (a timer firing during
    /// shutdown) is dropped: nobody is waiting for it any more.</summary>
    private void Post(SendOrPostCallback callback, object? state)
    {
        lock (_queue)
        {
            if (!_queue.IsAddingCompleted)
            {
                _queue.Add((callback, state));
            }
        }
    }

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

    private static async Task YieldAsync() => await Task.Yield();

    private void Drain()
    {
        SynchronizationContext.SetSynchronizationContext(new Context(this));
        foreach ((SendOrPostCallback callback, object? state) in _queue.GetConsumingEnumerable())
        {
            callback(state);
        }
    }

    /// <summary>Brings every continuation of the runtime's code back to its thread.</summary>
    private sealed class Context(WallClockRuntime runtime) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => runtime.Post(d, state);

        public override SynchronizationContext CreateCopy() => this;
    }
}
