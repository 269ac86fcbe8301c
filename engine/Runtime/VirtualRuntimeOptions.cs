using Nexus.Engine.Events;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>Everything a virtual runtime is built from, the seed included.</summary>
/// <param name="Seed">The root seed; every random value of the run derives from it.</param>
public sealed record VirtualRuntimeOptions(ulong Seed)
{
    /// <summary>Pending events reserved for at construction.</summary>
    public int EventCapacityInitial { get; init; } = 1024;

    /// <summary>The most events that may be pending at once.</summary>
    public int EventCapacityMax { get; init; } = EventQueue.CapacityLimit;

    /// <summary>The most events one run may execute before it is stopped as runaway.</summary>
    public long StepCountMax { get; init; } = long.MaxValue;

    /// <summary>Where the run's events are written and fingerprinted; none when null.</summary>
    public SimTrace? Trace { get; init; }
}
