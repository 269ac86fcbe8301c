using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Oracle.Transactions;

namespace Nexus.Experiments.Checks;

/// <summary>The two-phase-commit check: for one seed, four clients run 30 transactions each over two or
/// three participants and a small key space (so locks conflict), under the profile's refusals, losses
/// and timeouts, while the fault timeline crashes the participants and the coordinator; then
/// everything recovers and the atomicity audit runs. The tests run the same code.</summary>
public static class TwoPhaseCommitCheck
{
    /// <summary>Transactions each client runs.</summary>
    public const int TransactionsPerClient = 30;

    /// <summary>Clients running transactions concurrently.</summary>
    public const int Clients = 4;

    /// <summary>Runs seed <paramref name="seed"/>; the run's audit gives the verdict.</summary>
    public static TwoPhaseCommitRun Run(ulong seed, TwoPhaseCommitCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 20_000_000 });
        var run = new TwoPhaseCommitRun(runtime, options.Profile, options.Defences);
        var random = runtime.Stream("workload");
        FaultPlan plan = options.Swarm ? SwarmPlan(seed, run) : FixedPlan(seed, run, random);
        plan.Schedule(run.Runtime, run.Targets);
        Task[] clients = [.. Enumerable.Range(0, Clients).Select(client => run.Runtime.Spawn("client", async () =>
        {
            for (int i = 0; i < TransactionsPerClient; i++)
            {
                var involved = run.Participants.Where(_ => random.Next(3) > 0).ToList();
                if (involved.Count == 0)
                {
                    involved.Add(run.Participants[random.Next(3)]);
                }
                await run.Execute($"c{client}-t{i}", [.. involved.Select(p => (p, "k" + random.Next(4)))]);
                await run.Runtime.Delay(SimDuration.FromMilliseconds(random.Next(20)));
            }
        }))];
        run.Runtime.Spawn("recovery", async () =>
        {
            await Task.WhenAll(clients);
            // Recovery waits out the fault timeline, so no window ends on a process already brought back.
            SimTime quiet = plan.Windows.Count == 0 ? run.Runtime.Now : plan.Windows.Max(window => window.End);
            await run.Runtime.DelayUntil(quiet > run.Runtime.Now ? quiet : run.Runtime.Now);
            await run.RecoverAll();
        });
        runtime.RunToCompletion();
        return run;
    }

    /// <summary>Each participant crashes once, for up to half a second within the first 1.5 s; the
    /// coordinator twice, in the coordinator's swarm slots.</summary>
    private static FaultPlan FixedPlan(ulong seed, TwoPhaseCommitRun run, Engine.Randomness.SimRandom random)
    {
        var plan = new FaultPlan();
        for (int i = 0; i < run.Participants.Length; i++)
        {
            SimTime start = SimTime.FromSeconds(random.NextDouble() * 1.5);
            plan.Crash(TwoPhaseCommitRun.ParticipantTarget(i), start, start + SimDuration.FromSeconds(0.05 + random.NextDouble() * 0.45));
        }
        var coordinator = new FaultTargets().Add(TwoPhaseCommitRun.CoordinatorTarget, run.Coordinator);
        var ranges = new SwarmRanges { ProcessCrashCount = new Interval(2, 2), FaultLengthSeconds = new Interval(0.01, 0.2), HorizonSeconds = 1.5 };
        foreach (FaultWindow window in FaultMix.Draw(seed, ranges, coordinator).Plan.Windows)
        {
            plan.Add(window);
        }
        return plan;
    }

    /// <summary>Every process's crashes drawn from the seed, within the workload's first 1.5 s.</summary>
    private static FaultPlan SwarmPlan(ulong seed, TwoPhaseCommitRun run) =>
        FaultMix.Draw(seed, new SwarmRanges { FaultLengthSeconds = new Interval(0.01, 0.5), HorizonSeconds = 1.5 }, run.Targets).Plan;
}
