using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Benchmarks;

/// <summary>Operations per wall-clock second through the blackboard: the seeded multi-agent workload
/// of the blackboard check (without the oracle watching) on a blackboard of some workers, at depth 1
/// or at depth 2 under a profile. The baseline is the same workload on one worker, in the same run.</summary>
public static class BlackboardBenchmark
{
    /// <summary>Runs <paramref name="agents"/> agents of <paramref name="actionsPerAgent"/> actions each on
    /// <paramref name="workers"/> workers; the throughput and the allocation per operation, and the swaps lost.</summary>
    public static (Measurement Throughput, long SwapsLost) Run(TargetProfile? profile, int workers, int agents, int actionsPerAgent, ulong seed)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = long.MaxValue });
        StoreSet stores = StoreDepth.Of(profile).Stores(runtime);
        var blackboard = new BlackboardService(runtime, stores, new BlackboardLimits(), workers: workers);
        using var driver = new BlackboardDriver(seed, agents, blackboard.Limits);
        runtime.Spawn("workload", () => BlackboardWorkload.RunAsync(runtime, blackboard, driver, agents, actionsPerAgent,
            SimDuration.FromMilliseconds(50), runtime.Stream("pacing")));
        Measurement measurement = Measurement.Of((long)agents * actionsPerAgent, runtime.RunToCompletion);
        return (measurement, blackboard.SwapsLost);
    }
}
