using Nexus.Engine.Time;

namespace Nexus.Experiments.Simulations;

/// <summary>A run of <see cref="MessageTrafficSimulation"/>: seed, size, and whether swarm mode draws the faults.</summary>
/// <param name="Seed">The one seed of the run.</param>
public sealed record MessageTrafficOptions(ulong Seed)
{
    /// <summary>Nodes in the network (at least 2).</summary>
    public int NodeCount { get; init; } = 5;

    /// <summary>Messages each node sends, cycling through the four delivery modes.</summary>
    public int MessagesPerNode { get; init; } = 200;

    /// <summary>Draw link faults, partitions and crashes from the seed (swarm mode) instead of the fixed plan.</summary>
    public bool Swarm { get; init; }

    /// <summary>Mean time between one node's sends.</summary>
    public SimDuration SendIntervalMean { get; init; } = SimDuration.FromMilliseconds(50);

    /// <summary>Events the run may execute before it is stopped as runaway.</summary>
    public long StepCountMax { get; init; } = 50_000_000;
}
