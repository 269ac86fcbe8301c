using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Checks;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Serve;

/// <summary>A blackboard of four workers over stores in another process, run on the real clock with a
/// seeded workload of six agents and checked against the oracle at every commit; the stores' inspector
/// tells the monitor when a commit applies.</summary>
internal static class PacedConformance
{
    /// <summary>Runs the workload on <paramref name="runtime"/> until <paramref name="horizon"/> after now;
    /// a non-conforming step ends it, and the monitor's report says which.</summary>
    public static Task<ObservedBlackboard> RunAsync(PacedRuntime runtime, StoreSet stores, ulong seed, BlackboardDefences defences, SimDuration meanThinkTime, SimDuration horizon) =>
        runtime.Run(async () =>
        {
            var observed = ObservedBlackboard.Create(runtime, stores, BlackboardCheck.Limits, defences, workers: 4);
            try
            {
                await observed.RunWorkloadAsync(runtime, seed, agents: 6, actionsPerAgent: 12, meanThinkTime, runtime.Now + horizon);
            }
            catch (ObservedBlackboard.NonConformance)
            {
                // The report says what failed.
            }
            return observed;
        });

    /// <summary>Runs seeds 1 to 4 in turn until one does not conform, and fails the test if none is caught.</summary>
    public static void CatchesOnSomeSeed(Func<ulong, ConformanceReport> run)
    {
        var reports = new List<ConformanceReport>();
        foreach (ulong seed in new[] { 1UL, 2UL, 3UL, 4UL })
        {
            reports.Add(run(seed));
            if (!reports[^1].Conforms)
            {
                return;
            }
        }
        Assert.Fail("blind commits conformed on every seed: " + string.Join("; ", reports.Select(r => r.ToString())));
    }
}
