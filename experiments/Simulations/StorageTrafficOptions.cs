using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Simulations;

/// <summary>A run of <see cref="StorageTrafficSimulation"/>: seed, target profile, size, and whether
/// swarm mode draws the store faults.</summary>
/// <param name="Seed">The one seed of the run.</param>
/// <param name="Profile">The depth-2 target.</param>
public sealed record StorageTrafficOptions(ulong Seed, TargetProfile Profile)
{
    /// <summary>Workers serving requests concurrently over one store set.</summary>
    public int Workers { get; init; } = 8;

    /// <summary>Requests each worker serves.</summary>
    public int RequestsPerWorker { get; init; } = 100;

    /// <summary>Draw outages, timeout storms, latency spikes and staleness windows from the seed (swarm
    /// mode) instead of the fixed plan.</summary>
    public bool Swarm { get; init; }

    /// <summary>What the target does to stay consistent (all of it unless switched off).</summary>
    public StoreDefences Defences { get; init; } = StoreDefences.All;

    /// <summary>Events the run may execute before it is stopped as runaway.</summary>
    public long StepCountMax { get; init; } = 50_000_000;
}
