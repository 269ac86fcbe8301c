using Microsoft.Coyote;
using Microsoft.Coyote.Rewriting;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;
using TestingEngine = Microsoft.Coyote.SystematicTesting.TestingEngine;

namespace Nexus.Tests.Coyote;

/// <summary>Why the Coyote test project rewrites its assemblies: this project does not, and here the
/// correct depth-2 stores, run under Coyote's engine, are reported as failing. Coyote cannot see the
/// uncontrolled tasks, so it reports a (false) deadlock or uncontrolled concurrency: a suite run
/// this way would fail on correct code and could not tell a real bug from the noise.</summary>
public sealed class UnrewrittenCoyoteTests
{
    [Test]
    public void This_test_project_is_not_rewritten()
    {
        Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(StoreSet).Assembly), Is.False);
    }

    [Test]
    public void Unrewritten_code_under_coyote_fails_even_for_correct_depth_2_stores()
    {
        var configuration = Configuration.Create()
            .WithTestingIterations(20)
            .WithRandomGeneratorSeed(1)
            .WithTelemetryEnabled(false);
        using var engine = TestingEngine.Create(configuration, async () =>
        {
            var runtime = new TaskRuntime(new CoyoteChoiceSource());
            var instant = new TargetProfile("instant", OperationProfile.Instant, OperationProfile.Instant, OperationProfile.Instant, SimDuration.Zero, null);
            StoreSet stores = StoreSet.Remote(runtime, instant);
            await Task.WhenAll(
                runtime.Spawn("a", async () => await stores.Object.PutStateAsync("key", "", "a")),
                runtime.Spawn("b", async () => await stores.Object.PutStateAsync("key", "", "b")));
        });
        engine.Run();

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.GreaterThan(0));
        Assert.That(engine.TestReport.BugReports, Has.Some.Contain("Deadlock detected"));
    }
}
