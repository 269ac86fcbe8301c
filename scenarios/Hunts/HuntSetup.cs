using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Hunts.Liveness;
using Nexus.Worlds.Blackboard.Detection;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Scenarios.Hunts;

/// <summary>Where a hunted scenario runs: at depth 1 (in-process stores) or depth 2 (behind a target
/// profile; the hunts use cf-workers), with a seeded bug or the correct orchestration, and, on virtual time only, a swarm of
/// store faults drawn from a seed. Under Coyote there is no swarm: every latency and fault draw of the
/// profile is already one of Coyote's choices. A control switches one real defence off instead of
/// seeding a bug: <see cref="Defences"/> for the blackboard's, <see cref="StoreDefences"/> for the target's.</summary>
public sealed record HuntSetup(StoreDepth Depth, SeededBug? Bug = null, ulong? SwarmSeed = null)
{
    /// <summary>The blackboard's defences (all of them unless a control switches one off).</summary>
    public BlackboardDefences Defences { get; init; } = BlackboardDefences.All;

    /// <summary>The depth-2 target's defences (all of them unless a control switches one off).</summary>
    public StoreDefences StoreDefences { get; init; } = StoreDefences.All;

    /// <summary>Where liveness evidence goes: Coyote's monitor under Coyote, a bounded check on virtual time.</summary>
    public IClaimWatch Watch { get; init; } = new BoundedClaimWatch();

    /// <summary>The scenario's stores, shaped by the seeded bug.</summary>
    public StoreSet Stores(ISimRuntime runtime)
    {
        StoreSet stores = Depth.Stores(runtime, StoreDefences);
        if (SwarmSeed is ulong seed)
        {
            stores.ApplySwarm(runtime, seed);
        }
        return Bug is null ? stores : Bug.Shape(runtime, stores);
    }

    /// <summary>A blackboard of <paramref name="workers"/> workers over <see cref="Stores"/>, deciding by the
    /// seeded bug's rules if it has any, checked against the oracle at every commit and step.
    /// At depth 2, <paramref name="faults"/> (windows on the fault target <c>stores</c>) are scheduled too.</summary>
    public ObservedBlackboard Blackboard(ISimRuntime runtime, BlackboardLimits limits, int workers, FaultPlan? faults = null)
    {
        StoreSet stores = Stores(runtime);
        if (faults is not null && stores.Faults is StoreFaults target)
        {
            faults.Schedule(runtime, new FaultTargets().Add("stores", target));
        }
        return ObservedBlackboard.Create(runtime, stores, limits, Defences, workers, Bug?.Rules);
    }

    /// <summary>The scheduler that ticks <paramref name="blackboard"/> until <paramref name="until"/>: the
    /// blackboard's own OODA loop (housekeeping only), or the seeded bug's.</summary>
    public Task Schedule(ISimRuntime runtime, BlackboardService blackboard, SimTime until) =>
        Bug?.Scheduler is { } scheduler ? scheduler(runtime, blackboard, until) : RunOodaAsync(runtime, blackboard, until);

    private static async Task RunOodaAsync(ISimRuntime runtime, BlackboardService blackboard, SimTime until)
    {
        using var identity = AgentIdentity.Derive(0, "scheduler");
        await new OodaScheduler(runtime, blackboard, identity, []).RunAsync(until);
    }

    /// <inheritdoc />
    public override string ToString() => Depth + (Bug is null ? "" : ", seeded bug " + Bug.Name) +
        string.Concat(Defences.Off().Select(off => ", without " + off)) + (StoreDefences == StoreDefences.All ? "" : ", a target defence off");
}
