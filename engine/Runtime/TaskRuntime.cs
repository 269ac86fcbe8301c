using Nexus.Engine.Time;

namespace Nexus.Engine.Runtime;

/// <summary>The runtime of real <see cref="Task"/>s, for Coyote: once the assemblies are rewritten,
/// Coyote controls every yield and spawn here and explores their interleavings. Time is logical:
/// a delay is a scheduling point that moves the clock forward to its wake time.</summary>
public sealed class TaskRuntime(IChoiceSource choice) : ISimRuntime
{
    private long _nowNanoseconds;

    /// <inheritdoc />
    public SimTime Now => new(Interlocked.Read(ref _nowNanoseconds));

    /// <inheritdoc />
    public IChoiceSource Choice { get; } = choice;

    /// <inheritdoc />
    public ValueTask Delay(SimDuration delay)
    {
        delay.RequireNonNegative(nameof(delay));
        return new ValueTask(DelayAsync(delay));
    }

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

    private async Task DelayAsync(SimDuration delay)
    {
        long wake = checked(Now.Nanoseconds + delay.Nanoseconds);
        await Task.Yield();
        long seen = Interlocked.Read(ref _nowNanoseconds);
        while (seen < wake)
        {
            long previous = Interlocked.CompareExchange(ref _nowNanoseconds, wake, seen);
            if (previous == seen)
            {
                break;
            }
            seen = previous;
        }
    }

    private static async Task YieldAsync()
    {
        await Task.Yield();
    }
}
