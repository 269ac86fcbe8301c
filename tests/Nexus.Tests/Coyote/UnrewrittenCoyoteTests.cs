using Microsoft.Coyote;
using Microsoft.Coyote.Rewriting;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Guards;
using TestingEngine = Microsoft.Coyote.SystematicTesting.TestingEngine;

namespace Nexus.Tests.Coyote;

/// <summary>Why the Coyote test project rewrites its assemblies: this project does not, and here the
/// correct guard, run under Coyote's engine, is reported as failing. Coyote cannot see the
/// uncontrolled tasks, so it reports a (false) deadlock or uncontrolled concurrency: a suite run
/// this way would fail on correct code and could not tell a real bug from the noise.</summary>
public sealed class UnrewrittenCoyoteTests
{
    [Test]
    public void This_test_project_is_not_rewritten()
    {
        Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(ReplayGuard).Assembly), Is.False);
    }

    [Test]
    public void Unrewritten_code_under_coyote_fails_even_for_the_correct_guard()
    {
        var configuration = Configuration.Create()
            .WithTestingIterations(20)
            .WithRandomGeneratorSeed(1)
            .WithTelemetryEnabled(false);
        using var engine = TestingEngine.Create(configuration, async () =>
        {
            var runtime = new TaskRuntime(new CoyoteChoiceSource());
            var guard = new ReplayGuard(runtime);
            await Task.WhenAll(
                runtime.Spawn("a", () => guard.TryAdmitAsync("fact-1")),
                runtime.Spawn("b", () => guard.TryAdmitAsync("fact-1")));
        });
        engine.Run();

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.GreaterThan(0));
        Assert.That(engine.TestReport.BugReports, Has.Some.Contain("Deadlock detected"));
    }
}
