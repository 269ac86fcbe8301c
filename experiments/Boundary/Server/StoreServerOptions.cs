using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>What a <c>nexus serve</c> target is: the profile that shapes its requests, where it
/// listens (port 0: a free one), the seed of its draws, real seconds per simulated second, the
/// defences it keeps, and the snapshot it starts from, if any.</summary>
public sealed record StoreServerOptions(TargetProfile Profile, int Port = 0, ulong Seed = 1, double TimeScale = 1)
{
    /// <summary>The largest request body accepted, in bytes; a larger one is refused with 413.</summary>
    public const long MaxBodyBytes = 4 << 20;

    /// <summary>The target's consistency defences.</summary>
    public StoreDefences Defences { get; init; } = StoreDefences.All;

    /// <summary>When set, the server hosts a blackboard over the target and serves its remote API
    /// instead of the stores' routes.</summary>
    public BlackboardServing? Blackboard { get; init; }

    /// <summary>The snapshot to load before serving, or null to start empty.</summary>
    public StoreSnapshot? Restore { get; init; }
}
