using Microsoft.Coyote.Runtime;
using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>The runtime of real <see cref="Task"/>s, for Coyote: once the assemblies are rewritten,
/// Coyote controls every spawn, wait and scheduled event here and explores their interleavings, and
/// every random draw is one of its controlled choices. Time is logical: a delay is a scheduling point
/// that moves the clock forward to its wake time, so the clock is the latest wake time reached.
/// Scheduled events fire one at a time in (time, scheduling order), from one dispatching task, so a
/// fault window always begins before it ends; how they interleave with everything else is Coyote's
/// to explore.</summary>
/// <remarks>A delay, a yield and an event's firing are explicit scheduling points
/// (<see cref="SchedulingPoint.Yield"/>) that complete in place: the waiting operation stays one
/// controlled operation instead of handing its continuation to a new one, as <c>await Task.Yield()</c>
/// does, and the choices Coyote has at each point are the same. A new operation is what a Coyote
/// iteration pays most for: every one runs on a thread of its own. Coyote
/// runs one controlled operation at a time, so the clock and the event queue take no lock (a lock is a
/// scheduling point of its own, three per event with nothing behind them to explore). Outside Coyote's
/// control (an unrewritten assembly) the runtime is not safe, and nothing simulated is meant to run
/// there.</remarks>
public sealed class TaskRuntime(IChoiceSource choice) : ISimRuntime
{
    private readonly PriorityQueue<EventTarget, (long Time, long Sequence)> _events = new();
    private long _eventSequence;
    private TaskCompletionSource? _dispatching;
    private bool _stopped;
    private long _nowNanoseconds;

    /// <inheritdoc />
    public SimTime Now => new(_nowNanoseconds);

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
        WaitUntil(checked(Now.Nanoseconds + delay.Nanoseconds));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DelayUntil(SimTime time)
    {
        WaitUntil(time.Nanoseconds);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask Yield()
    {
        WaitUntil(long.MinValue);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public Task Spawn(string name, Func<Task> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return Task.Run(process);
    }

    /// <inheritdoc />
    public void ScheduleAt(SimTime time, EventTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireRunning();
        _events.Enqueue(target, (time.Nanoseconds, _eventSequence++));
        if (_dispatching is not null)
        {
            return;
        }
        var dispatching = new TaskCompletionSource();
        _dispatching = dispatching;
        _ = Task.Run(() => Dispatch(dispatching));
    }

    /// <summary>Ends the run: drops every scheduled event and waits until the dispatching task has
    /// ended, so nothing of this runtime outlives the Coyote iteration. Await it before the test returns
    /// (and before asserting): an operation still paused when Coyote ends an iteration can run on past it,
    /// uncontrolled, drawing from the strategy of the next iteration. After it, a wait or a scheduled
    /// event throws.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        _events.Clear();
        if (_dispatching is { } dispatching)
        {
            await dispatching.Task;
        }
    }

    /// <inheritdoc />
    public SimRandom Stream(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SimRandom.Controlled(Choice);
    }

    /// <summary>Fires the earliest scheduled event once its time is reached, until none is left or the
    /// runtime stops; then completes <paramref name="dispatching"/>.</summary>
    private void Dispatch(TaskCompletionSource dispatching)
    {
        while (_events.TryPeek(out _, out (long Time, long Sequence) next))
        {
            if (!Reached(next.Time))
            {
                break;
            }
            _events.Dequeue().Fire();
        }
        _dispatching = null;
        dispatching.SetResult();
    }

    /// <summary><see cref="Reached"/>, for a process: a wait on a stopped runtime throws.</summary>
    private void WaitUntil(long wake)
    {
        if (!Reached(wake))
        {
            throw Stopped();
        }
    }

    /// <summary>A scheduling point, then, unless the runtime has stopped meanwhile (false), the clock moves
    /// to <paramref name="wake"/> unless it is already later. Plain reads and writes: Coyote runs one
    /// controlled operation at a time, and an atomic instruction here would be rewritten into a
    /// scheduling point of its own, one more decision per clock read with nothing behind it to explore.</summary>
    private bool Reached(long wake)
    {
        SchedulingPoint.Yield();
        if (_stopped)
        {
            return false;
        }
        if (_nowNanoseconds < wake)
        {
            _nowNanoseconds = wake;
        }
        return true;
    }

    private void RequireRunning()
    {
        if (_stopped)
        {
            throw Stopped();
        }
    }

    private static InvalidOperationException Stopped() => new("the task runtime is stopped: its run has ended");
}
