using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Checks;
using Nexus.Oracle.Transactions;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Transactions;

namespace Nexus.Tests.Transactions;

/// <summary>The profiles the two-phase-commit tests run under, and runs built on them.</summary>
internal static class TwoPhaseCommitHarness
{
    public static readonly TwoPhaseCommitProfile Committed = TwoPhaseCommitProfileLoader.Load(RepositoryPaths.Profile("two-phase-commit"));

    /// <summary>No faults and a constant 2 ms round trip, for scenarios that place a crash exactly.</summary>
    public static readonly TwoPhaseCommitProfile Quiet = Committed with
    {
        Message = Committed.Message with
        {
            Latency = DurationDistribution.Constant(SimDuration.FromMilliseconds(2)),
            UnavailableProbability = Probability.Zero,
        },
        VoteNoProbability = Probability.Zero,
    };

    /// <summary>A quiet run on virtual time at seed 1 with <paramref name="defences"/> on.</summary>
    public static TwoPhaseCommitRun QuietRun(TwoPhaseCommitDefences? defences = null) =>
        new(new VirtualRuntime(new VirtualRuntimeOptions(1) { StepCountMax = 20_000_000 }), Quiet, defences);

    /// <summary>Runs a quiet run's virtual time until nothing is pending.</summary>
    public static void Complete(TwoPhaseCommitRun run) => ((VirtualRuntime)run.Runtime).RunToCompletion();

    /// <summary>The check's random workload at <paramref name="seed"/> under the committed profile.</summary>
    public static TwoPhaseCommitRun RandomWorkload(ulong seed, TwoPhaseCommitDefences? defences = null) =>
        TwoPhaseCommitCheck.Run(seed, new TwoPhaseCommitCheckOptions(Committed, Swarm: false, defences ?? TwoPhaseCommitDefences.All));
}
