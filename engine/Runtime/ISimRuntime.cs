using Nexus.Engine.Time;

namespace Nexus.Engine.Runtime;

/// <summary>The one interface through which simulated code reaches time, concurrency and choice.
/// Code written only against it runs unchanged on virtual time (<see cref="VirtualRuntime"/>) and
/// under Coyote's systematic exploration (<see cref="TaskRuntime"/>).</summary>
/// <remarks>Code that Coyote must control is written as <c>async Task</c> methods; the ValueTasks
/// returned here wrap a Task on the task runtime, so Coyote sees every await.</remarks>
public interface ISimRuntime
{
    /// <summary>The current virtual time.</summary>
    SimTime Now { get; }

    /// <summary>Completes <paramref name="delay"/> later in virtual time; a negative delay throws.</summary>
    ValueTask Delay(SimDuration delay);

    /// <summary>Lets every other ready continuation of this instant run first.</summary>
    ValueTask Yield();

    /// <summary>Starts <paramref name="process"/> as a concurrent process; the task completes with it.</summary>
    Task Spawn(string name, Func<Task> process);

    /// <summary>The source of every nondeterministic decision simulated code makes.</summary>
    IChoiceSource Choice { get; }
}
