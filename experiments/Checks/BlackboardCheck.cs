using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Checks;

/// <summary>The blackboard check: for one seed, a seeded multi-agent workload and the OODA scheduler on
/// an observed blackboard (at depth 1, or at depth 2 under a profile, with the seed's swarm of store
/// faults if asked), every committed step compared with the oracle; the run stops at the first step
/// that does not conform. The tests run the same code.</summary>
public static class BlackboardCheck
{
    /// <summary>The limits the check's workload runs by: a scheduler tick every simulated second.</summary>
    public static BlackboardLimits Limits { get; } = new() { TickInterval = 1_000_000_000 };

    /// <summary>Runs seed <paramref name="seed"/>; the observed blackboard's monitor holds the verdict.</summary>
    public static ObservedBlackboard Run(ulong seed, BlackboardCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 50_000_000 });
        StoreSet stores = StoreDepth.Of(options.Profile).Stores(runtime);
        if (options.Swarm)
        {
            stores.ApplySwarm(runtime, seed);
        }
        return Run(seed, runtime, stores, options);
    }

    /// <summary>Runs seed <paramref name="seed"/> on <paramref name="stores"/>, which live on <paramref name="runtime"/>.</summary>
    public static ObservedBlackboard Run(ulong seed, VirtualRuntime runtime, StoreSet stores, BlackboardCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(options);
        ObservedBlackboard observed = ObservedBlackboard.Create(runtime, stores, Limits, options.Defences, options.Workers);
        runtime.Spawn("run", () => observed.RunWorkloadAsync(runtime, seed, options.Agents, options.ActionsPerAgent,
            SimDuration.FromMilliseconds(500), SimTime.FromSeconds(30)));
        try
        {
            runtime.RunToCompletion();
        }
        catch (SimulationFailure failure) when (failure.InnerException is ObservedBlackboard.NonConformance)
        {
            // The monitor holds the failing step.
        }
        return observed;
    }
}
