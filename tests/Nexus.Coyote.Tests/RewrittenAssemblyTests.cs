using Microsoft.Coyote.Rewriting;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Oracle.Blackboard;
using Nexus.Tests;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>The real blackboard orchestration at depth 2 under the cf-workers profile, served by four
/// workers, with three agents and the OODA scheduler acting concurrently, checked against the oracle
/// at every commit and after every step.
/// One test body: Coyote explores it on the task runtime (every await, latency, fault and conflict
/// draw is its choice), and the same body runs on virtual time for the seed bank.</summary>
public sealed class BlackboardAtDepth2Tests
{
    private static readonly BlackboardLimits Limits = new() { TickInterval = 1_000_000_000 };

    [Test]
    public void Assemblies_under_test_are_rewritten_by_the_build()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(StoreSet).Assembly), Is.True, "Nexus.Worlds");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(TaskRuntime).Assembly), Is.True, "Nexus.Engine");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(ObservedBlackboard).Assembly), Is.True, "Nexus.Oracle");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(BlackboardAtDepth2Tests).Assembly), Is.True, "tests");
        });
    }

    [Test]
    public void Three_agents_at_depth_2_conform_with_the_oracle_at_every_step_over_1000_coyote_iterations()
    {
        long steps = 0;
        using var engine = CoyoteConfiguration.Run(1000, async () =>
            steps += await ConcurrentAgentsConform(new TaskRuntime(new CoyoteChoiceSource()), 7919));

        CoyoteConfiguration.AssertNoBug(engine, 1000);
        Assert.That(steps, Is.GreaterThanOrEqualTo(1000 * 3), "every iteration committed and checked steps");
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_same_body_conforms_on_virtual_time(ulong seed)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 10_000_000 });
        long steps = 0;
        runtime.Spawn("test", async () => steps = await ConcurrentAgentsConform(runtime, seed));
        runtime.RunToCompletion();
        Assert.That(steps, Is.GreaterThanOrEqualTo(3));
    }

    /// <summary>Three agents, four actions each, and the scheduler, on one observed four-worker blackboard
    /// over cf-workers stores; asserts conformance and returns how many steps were checked.</summary>
    private static async Task<long> ConcurrentAgentsConform(ISimRuntime runtime, ulong seed)
    {
        StoreSet stores = StoreSet.Remote(runtime, Profiles.CloudflareWorkers);
        var observed = ObservedBlackboard.Create(runtime, stores, Limits, workers: 4);
        await observed.RunWorkloadAsync(runtime, seed, agents: 3, actionsPerAgent: 4, SimDuration.FromMilliseconds(200), SimTime.FromSeconds(2));
        ConformanceReport report = observed.Monitor.Report;
        CoyoteSpecification.Assert(report.Conforms, "the blackboard did not conform: {0}", report);
        return report.StepsChecked;
    }
}
