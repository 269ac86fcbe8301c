using Nexus.Engine.Runtime;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>One signed Fact sent at once through every worker of a four-worker blackboard at depth 2:
/// under every interleaving Coyote explores, it commits exactly once, the other copies are refused as
/// replays, and every step conforms. Without the compare-and-swap, Coyote finds the double commit.</summary>
public sealed class ConcurrentReplayTests
{
    private const string Twice = "committed more than once";

    [Test]
    public void Concurrent_copies_through_four_workers_commit_exactly_once_over_1000_iterations()
    {
        using var engine = CoyoteConfiguration.Run(1000, () => CopiesThroughEveryWorker(BlackboardDefences.All));

        CoyoteConfiguration.AssertNoBug(engine, 1000);
    }

    [Test]
    public void Without_the_compare_and_swap_coyote_finds_a_double_commit_and_replays_it()
    {
        BlackboardDefences off = BlackboardDefences.All.Without("chain-head-cas");
        using var engine = CoyoteConfiguration.Run(1000, () => CopiesThroughEveryWorker(off));

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1));
        string bug = engine.TestReport.BugReports.Single();
        Assert.That(bug, Does.Contain(Twice).Or.Contain("did not conform"));

        using var replay = CoyoteConfiguration.Replay(engine, () => CopiesThroughEveryWorker(off));
        Assert.That(replay.TestReport.BugReports.Single(), Is.EqualTo(bug));
    }

    private static async Task CopiesThroughEveryWorker(BlackboardDefences defences)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        StoreSet stores = StoreSet.Remote(runtime, Profiles.CloudflareWorkers);
        var observed = ObservedBlackboard.Create(runtime, stores, new BlackboardLimits(), defences, workers: 4);
        using var alice = AgentIdentity.Derive(1, "alice");
        Fact fact = alice.CreateFact(new Content("text/plain", [1, 2, 3]), new Origin("asset", 1));
        var outcomes = new ActionOutcome[4];
        Task[] copies = [.. Enumerable.Range(0, 4).Select(worker => runtime.Spawn("copy-" + worker, async () =>
        {
            try
            {
                outcomes[worker] = await observed.Blackboard.Worker(worker).ExchangeAsync(fact, "text/plain");
            }
            catch (ObservedBlackboard.NonConformance failure)
            {
                CoyoteSpecification.Assert(false, "the blackboard did not conform: {0}", failure.Report);
            }
        }))];
        await Task.WhenAll(copies);
        int committed = outcomes.Count(outcome => outcome.Succeeded);
        CoyoteSpecification.Assert(committed == 1, "the Fact was {0}: {1} copies succeeded", Twice, committed);
        CoyoteSpecification.Assert(outcomes.Where(o => !o.Succeeded).All(o => o.Error == BlackboardError.Replay), "a concurrent copy was refused other than as a replay");
        CoyoteSpecification.Assert(observed.Monitor.Report.Conforms, "the blackboard did not conform: {0}", observed.Monitor.Report);
    }
}
