using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>The runtime of real <see cref="Task"/>s, for Coyote: once the assemblies are rewritten,
/// Coyote controls every yield, spawn and scheduled event here and explores their interleavings, and
/// every random draw is one of its controlled choices. Time is logical: a delay is a scheduling point
/// that moves the clock forward to its wake time, so the clock is the latest wake time reached.
/// Scheduled events fire one at a time in (time, scheduling order), from one dispatching task, so a
/// fault window always begins before it ends; how they interleave with everything else is Coyote's
/// to explore.</summary>
public sealed class TaskRuntime(IChoiceSource choice) : ISimRuntime
{
    private readonly PriorityQueue<IEventTarget, (long Time, long Sequence)> _events = new();
    private long _eventSequence;
    private bool _dispatching;
    private long _nowNanoseconds;

    /// <inheritdoc />
    public SimTime Now => new(Volatile.Read(ref _nowNanoseconds));

    /// <inheritdoc />
    public IChoiceSource Choice { get; } = choice;

    /// <inheritdoc />
    public SimTrace? Trace => null;

    /// <inheritdoc />
    public bool PooledAwaits => false;

    /// <inheritdoc />
    public ValueTask Delay(SimDuration delay)
    {
        delay.RequireNonNegative(nameof(delay));
        return new ValueTask(DelayUntilAsync(checked(Now.Nanoseconds + delay.Nanoseconds)));
    }

    /// <inheritdoc />
    public ValueTask DelayUntil(SimTime time) => new(DelayUntilAsync(time.Nanoseconds));

    /// <inheritdoc />
    public ValueTask Yield()
    {
        return new ValueTask(YieldAsync());
    }

    /// <inheritdoc />
    public Task Spawn(string name, Func<Task> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Task.Run(process);
    }

    /// <inheritdoc />
    public void ScheduleAt(SimTime time, IEventTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        lock (_events)
        {
            _events.Enqueue(target, (time.Nanoseconds, _eventSequence++));
            if (_dispatching)
            {
                return;
            }
            _dispatching = true;
        }
        _ = Task.Run(DispatchAsync);
    }

    /// <inheritdoc />
    public SimRandom Stream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SimRandom.Controlled(Choice);
    }

    /// <summary>Fires the earliest scheduled event once its time is reached, until none is left.</summary>
    private async Task DispatchAsync()
    {
        while (true)
        {
            long time;
            lock (_events)
            {
                if (!_events.TryPeek(out _, out (long Time, long Sequence) next))
                {
                    _dispatching = false;
                    return;
                }
                time = next.Time;
            }
            await DelayUntilAsync(time);
            IEventTarget target;
            lock (_events)
            {
                target = _events.Dequeue();
            }
            target.Fire();
        }
    }

    /// <summary>A scheduling point, then the clock moves to <paramref name="wake"/> unless it is already
    /// later. Plain reads and writes: Coyote runs one controlled operation at a time, and an atomic
    /// instruction here would be rewritten into a scheduling point of its own, one more decision per
    /// clock read with nothing behind it to explore.</summary>
    private async Task DelayUntilAsync(long wake)
    {
        await Task.Yield();
        if (Volatile.Read(ref _nowNanoseconds) < wake)
        {
            Volatile.Write(ref _nowNanoseconds, wake);
        }
    }

    private static async Task YieldAsync()
    {
        await Task.Yield();
    }
}
