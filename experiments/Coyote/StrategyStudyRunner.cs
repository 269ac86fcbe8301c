using System.Diagnostics;
using CoyoteConfiguration = Microsoft.Coyote.Configuration;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;

namespace Nexus.Experiments.Coyote;

/// <summary>Runs a strategy study: for each seeded bug, each strategy under each Coyote seed, then the
/// swarm search on virtual time. Bugs, strategies and seeds run in the config's order.</summary>
public static class StrategyStudyRunner
{
    /// <summary>The hunter name of the simulator's own search.</summary>
    public const string Swarm = "virtual-time-swarm";

    /// <summary>The scheduling steps at which an unfair strategy's iteration is cut (ten times as many for
    /// a fair one), as <c>hunt.ps1</c> passes <c>--max-steps</c>: Coyote's own default of 10,000 cuts
    /// some private-commerce iterations at depth 2 before the hunt checks anything.</summary>
    public const uint StepsMax = 100_000;

    /// <summary>The Coyote configuration of one hunt: the strategy, the seed, the caps, no telemetry, and no
    /// execution-graph analysis (Coyote records a graph of every scheduling decision only to draw a failing
    /// trace or a coverage graph as DGML, which the study never writes; it chooses nothing, and recording it
    /// cost nearly half of a private-commerce iteration's time).</summary>
    public static CoyoteConfiguration Configure(CoyoteStrategy strategy, uint seed, uint iterations)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return strategy.Apply(CoyoteConfiguration.Create()
            .WithTestingIterations(iterations)
            .WithMaxSchedulingSteps(StepsMax)
            .WithRandomGeneratorSeed(seed)
            .WithTraceAnalysisEnabled(false)
            .WithTelemetryEnabled(false));
    }

    /// <summary>Hunts <paramref name="bug"/> with <paramref name="strategy"/> under Coyote seed <paramref name="seed"/>.</summary>
    public static HuntResult HuntWithCoyote(string bug, Func<Task> test, CoyoteStrategy strategy, uint seed, uint iterationsMax)
    {
        var clock = Stopwatch.StartNew();
        using var engine = TestingEngine.Create(Configure(strategy, seed, iterationsMax), test);
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        engine.Run();
        var report = engine.TestReport;
        long explored = report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths;
        string? failure = report.NumOfFoundBugs > 0 ? report.BugReports.First() : null;
        return new HuntResult(bug, strategy.Name, seed, failure is null ? null : explored, clock.Elapsed.TotalSeconds, failure, strategy.Reproducible);
    }

    /// <summary>Hunts <paramref name="bug"/> with the swarm search on virtual time, seeds 1 to <paramref name="seedsMax"/>.</summary>
    public static HuntResult HuntWithSwarm(string bug, RewrittenHunts hunts, int seedsMax)
    {
        var clock = Stopwatch.StartNew();
        for (int seed = 1; seed <= seedsMax; seed++)
        {
            if (hunts.SwarmRun(bug, (ulong)seed) is string failure)
            {
                return new HuntResult(bug, Swarm, 0, seed, clock.Elapsed.TotalSeconds, failure);
            }
        }
        return new HuntResult(bug, Swarm, 0, null, clock.Elapsed.TotalSeconds, null);
    }
}
