using System.Net;
using Nexus.Engine.Faults;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>What a <c>nexus serve</c> target is: the profile that shapes its requests (null only for a
/// blackboard over another server's stores, <see cref="Stores"/>), where it listens (port 0: a free
/// one), the seed of its draws, real seconds per simulated second, the defences it keeps, the faults it
/// suffers, and the snapshot it starts from, if any.</summary>
public sealed record StoreServerOptions(TargetProfile? Profile, int Port = 0, ulong Seed = 1, double TimeScale = 1)
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

    /// <summary>With a served blackboard and no profile: the store server (a <c>nexus serve</c>, or the
    /// repository's Worker on workerd) whose stores the blackboard's workers use.</summary>
    public Uri? Stores { get; init; }

    /// <summary>Fault windows on the target's stores, at times of the server's clock (simulated time
    /// since start). The target's name in the plan is <see cref="FaultTarget"/>.</summary>
    public FaultPlan? Faults { get; init; }

    /// <summary>Draw the faults from the seed, as swarm mode does in process, instead of <see cref="Faults"/>.</summary>
    public bool Swarm { get; init; }

    /// <summary>The address to listen on: loopback unless a <see cref="Token"/> guards it.</summary>
    public IPAddress Listen { get; init; } = IPAddress.Loopback;

    /// <summary>When set, every request must carry <c>Authorization: Bearer TOKEN</c>; others get 401.</summary>
    public string? Token { get; init; }

    /// <summary>The name the fault plan gives the served store set.</summary>
    public const string FaultTarget = "stores";

    /// <summary>Throws <see cref="ArgumentException"/> for options that do not make one server.</summary>
    public StoreServerOptions Validate()
    {
        if ((Profile is null) == (Stores is null))
        {
            throw new ArgumentException(Profile is null ? "a server needs a profile, or (for a blackboard) another server's stores" : "a server's stores are its profile's target or another server's, not both");
        }
        if (Stores is not null && (Blackboard is null || Restore is not null || Faults is not null || Swarm))
        {
            throw new ArgumentException("another server's stores serve only a blackboard, and take no snapshot and no faults of this server's");
        }
        if (Swarm && Faults is not null)
        {
            throw new ArgumentException("the faults are drawn from the seed or given as a plan, not both");
        }
        if (!IPAddress.IsLoopback(Listen) && string.IsNullOrEmpty(Token))
        {
            throw new ArgumentException($"listening on {Listen}, beyond loopback, needs a bearer token that every request must carry");
        }
        return this;
    }
}
