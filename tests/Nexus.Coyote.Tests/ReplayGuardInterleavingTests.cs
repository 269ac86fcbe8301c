using Microsoft.Coyote.Rewriting;
using TestingEngine = Microsoft.Coyote.SystematicTesting.TestingEngine;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Guards;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

public sealed class ReplayGuardInterleavingTests
{
    private const string DoubleAdmission = "the same id was admitted twice";

    [Test]
    public void Assemblies_under_test_are_rewritten_by_the_build()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(ReplayGuard).Assembly), Is.True, "Nexus.Worlds");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(TaskRuntime).Assembly), Is.True, "Nexus.Engine");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(ReplayGuardInterleavingTests).Assembly), Is.True, "tests");
        });
    }

    [Test]
    public void Check_then_write_guard_admits_a_replay_within_1000_iterations_and_the_trace_replays_it()
    {
        using var engine = TestingEngine.Create(CoyoteConfiguration.For(1000), () => TwoConcurrentAdmissions(ReplayGuardVariant.CheckThenWrite));
        engine.Run();

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1));
        Assert.That(engine.TestReport.BugReports.Single(), Does.Contain(DoubleAdmission));

        var replayConfiguration = CoyoteConfiguration.For(1).WithReproducibleTrace(engine.ReproducibleTrace);
        using var replay = TestingEngine.Create(replayConfiguration, () => TwoConcurrentAdmissions(ReplayGuardVariant.CheckThenWrite));
        replay.Run();
        Assert.That(replay.TestReport.BugReports.Single(), Does.Contain(DoubleAdmission));
    }

    [Test]
    public void Atomic_guard_admits_each_id_once_over_10000_iterations()
    {
        using var engine = TestingEngine.Create(CoyoteConfiguration.For(10_000), () => TwoConcurrentAdmissions(ReplayGuardVariant.Atomic));
        engine.Run();

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.Zero, string.Join("\n", engine.TestReport.BugReports));
        Assert.That(engine.TestReport.NumOfExploredFairPaths + engine.TestReport.NumOfExploredUnfairPaths, Is.EqualTo(10_000));
    }

    private static async Task TwoConcurrentAdmissions(ReplayGuardVariant variant)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        var guard = new ReplayGuard(runtime, variant);
        var admissions = new bool[2];
        Task first = runtime.Spawn("agent-a", async () => admissions[0] = await guard.TryAdmitAsync("fact-1"));
        Task second = runtime.Spawn("agent-b", async () => admissions[1] = await guard.TryAdmitAsync("fact-1"));
        await Task.WhenAll(first, second);
        int admitted = admissions.Count(admittedHere => admittedHere);
        CoyoteSpecification.Assert(admitted == 1, $"{DoubleAdmission}: {admitted} admissions");
    }
}
