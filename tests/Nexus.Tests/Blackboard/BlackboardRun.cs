using Nexus.Engine.Runtime;
using Nexus.Experiments.Checks;
using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Tests.Blackboard;

/// <summary>One implementation run on virtual time: a seeded multi-agent workload and the OODA
/// scheduler on an observed blackboard at one depth, stopped at its first non-conforming step.</summary>
internal sealed class BlackboardRun
{
    public const string Depth1 = "depth-1";
    public const string CloudflareWorkers = "depth-2-cf-workers";

    public static readonly BlackboardLimits Limits = BlackboardCheck.Limits;

    private static readonly TargetProfile CloudflareWorkersProfile = TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers"));

    private BlackboardRun(ObservedBlackboard observed) => Observed = observed;

    public ObservedBlackboard Observed { get; }

    public ConformanceMonitor Monitor => Observed.Monitor;

    public BlackboardService Blackboard => Observed.Blackboard;

    public IReadOnlyList<HistoryEntry> History => Blackboard.History;

    /// <summary>What the stores hold now.</summary>
    public BlackboardState StoresNow() => Observed.StoresNow();

    /// <summary>The conformance of the run, as the monitor saw it live (the run stops at a failure).</summary>
    public ConformanceReport Conformance() => Monitor.Report;

    public static VirtualRuntime NewRuntime(ulong seed) => new(new VirtualRuntimeOptions(seed) { StepCountMax = 50_000_000 });

    public static StoreSet Stores(VirtualRuntime runtime, string depth) => depth == Depth1
        ? StoreSet.InProcess()
        : StoreSet.Remote(runtime, CloudflareWorkersProfile);

    /// <summary>A blackboard whose stores are read back and checked after every step.</summary>
    public static BlackboardRun Observe(VirtualRuntime runtime, StoreSet stores, BlackboardDefences? defences = null) =>
        new(ObservedBlackboard.Create(runtime, stores, Limits, defences));

    public static BlackboardRun Workload(ulong seed, string depth, BlackboardDefences? defences = null) =>
        new(BlackboardCheck.Run(seed, Options(depth == Depth1 ? null : CloudflareWorkersProfile, defences)));

    /// <summary>The workload on the stores <paramref name="stores"/> makes (a test double, say).</summary>
    public static BlackboardRun Workload(ulong seed, Func<VirtualRuntime, StoreSet> stores, BlackboardDefences? defences = null)
    {
        VirtualRuntime runtime = NewRuntime(seed);
        return new(BlackboardCheck.Run(seed, runtime, stores(runtime), Options(null, defences)));
    }

    private static BlackboardCheckOptions Options(TargetProfile? profile, BlackboardDefences? defences) =>
        new(profile, Swarm: false, defences ?? BlackboardDefences.All);
}
