using Microsoft.Coyote;
using Microsoft.Coyote.SystematicTesting;

namespace Nexus.Coyote.Tests;

/// <summary>The Coyote settings every test here shares: a fixed seed, no telemetry (there is no network),
/// and no execution-graph analysis (a graph of every scheduling decision, kept only to draw a failing trace
/// as DGML; it chooses nothing, so the schedules explored are the same without it, at a fraction of the cost).</summary>
internal static class CoyoteConfiguration
{
    public const uint Seed = 20261125;

    public static Configuration For(uint iterations, uint seed = Seed) => Configuration.Create()
        .WithTestingIterations(iterations)
        .WithRandomGeneratorSeed(seed)
        .WithTraceAnalysisEnabled(false)
        .WithTelemetryEnabled(false);

    /// <summary>Runs <paramref name="test"/> for <paramref name="iterations"/> under Coyote seed <paramref name="seed"/>
    /// and returns the engine, for its report.</summary>
    public static TestingEngine Run(uint iterations, Func<Task> test, uint seed = Seed)
    {
        var engine = TestingEngine.Create(For(iterations, seed), test);
        engine.Run();
        return engine;
    }

    /// <summary>Asserts that <paramref name="engine"/> explored every one of <paramref name="iterations"/>
    /// without finding a bug and without any invocation Coyote could not control.</summary>
    public static void AssertNoBug(TestingEngine engine, uint iterations)
    {
        Assert.That(engine.TestReport.NumOfFoundBugs, Is.Zero, string.Join("\n", engine.TestReport.BugReports));
        Assert.That(engine.TestReport.UncontrolledInvocations, Is.Empty, "Coyote must control every call it schedules around");
        Assert.That(engine.TestReport.NumOfExploredFairPaths + engine.TestReport.NumOfExploredUnfairPaths, Is.EqualTo(iterations));
    }

    /// <summary>Replays the bug <paramref name="found"/> found, on <paramref name="test"/>.</summary>
    public static TestingEngine Replay(TestingEngine found, Func<Task> test)
    {
        var engine = TestingEngine.Create(For(1).WithReproducibleTrace(found.ReproducibleTrace), test);
        engine.Run();
        return engine;
    }
}
