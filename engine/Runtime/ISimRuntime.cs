using Nexus.Engine.Events;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>The one interface through which simulated code reaches time, concurrency, randomness and
/// choice. Code written only against it runs unchanged on virtual time (<see cref="VirtualRuntime"/>)
/// and under Coyote's systematic exploration (<see cref="TaskRuntime"/>).</summary>
/// <remarks>Code that Coyote must control is written as <c>async Task</c> methods; the ValueTasks
/// returned here wrap a Task on the task runtime, so Coyote sees every await. Only where
/// <see cref="PooledAwaits"/> is true may simulated code hand out ValueTasks backed by pooled
/// completion sources.</remarks>
public interface ISimRuntime
{
    /// <summary>The current virtual time.</summary>
    SimTime Now { get; }

    /// <summary>Completes <paramref name="delay"/> later in virtual time; a negative delay throws.</summary>
    ValueTask Delay(SimDuration delay);

    /// <summary>Completes at virtual time <paramref name="time"/>. On the event loop a time in the past
    /// throws; on the task runtime, whose clock is the latest wake time any process reached, it is a
    /// scheduling point that leaves the clock where it is.</summary>
    ValueTask DelayUntil(SimTime time);

    /// <summary>Lets every other ready continuation of this instant run first.</summary>
    ValueTask Yield();

    /// <summary>Starts <paramref name="process"/> as a concurrent process; the task completes with it.</summary>
    Task Spawn(string name, Func<Task> process);

    /// <summary>Runs <paramref name="target"/> at virtual time <paramref name="time"/>: an event on the
    /// loop, or a controlled task on the task runtime.</summary>
    void ScheduleAt(SimTime time, EventTarget target);

    /// <summary>The stream named <paramref name="name"/>: on virtual time a child of the root seed that
    /// depends on the name only; on the task runtime every value is one of the choice source's decisions,
    /// so Coyote controls and replays it.</summary>
    SimRandom Stream(string name);

    /// <summary>The source of every nondeterministic decision simulated code makes.</summary>
    IChoiceSource Choice { get; }

    /// <summary>The run's trace, or null when the run is not traced.</summary>
    SimTrace? Trace { get; }

    /// <summary>True when awaits may complete through pooled <c>IValueTaskSource</c>s (the event loop,
    /// single-threaded); false when every await must be Task-backed so a systematic tester controls it.</summary>
    bool PooledAwaits { get; }
}
