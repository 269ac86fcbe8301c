using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Time;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Tests.Blackboard;

/// <summary>The blackboard served by several workers over one store set: they contend at the commit
/// point and decide again when they lose; the monitor replays the commit order; a worker that commits
/// from a stale read without the compare-and-swap is caught.</summary>
public sealed class MultiWorkerTests
{
    private static readonly ulong[] Seeds = [.. BlackboardConformanceTests.TwentySeeds];

    [Test]
    public void At_depth_2_four_workers_contend_lose_swaps_decide_again_and_conform_on_every_seed()
    {
        long lost = 0;
        foreach (ulong seed in Seeds)
        {
            BlackboardRun run = BlackboardRun.Workload(seed, BlackboardRun.CloudflareWorkers);
            Assert.That(run.Conformance().Conforms, Is.True, $"seed {seed}: {run.Conformance()}");
            Assert.That(run.Blackboard.WorkerCount, Is.EqualTo(4));
            lost += run.Blackboard.SwapsLost;
        }
        Assert.That(lost, Is.GreaterThan(0), "no commit ever lost its swap: the workers never ran concurrently");
    }

    /// <summary>Depth 2 with latency and nothing else: no refusal, no conflict, no timeout within a minute.</summary>
    private static readonly TargetProfile ContentionOnly = ContentionOnlyProfile();

    [Test]
    public void Contention_alone_never_turns_an_action_into_a_store_failure_a_lost_swap_ends_in_a_commit_or_a_refusal()
    {
        long lost = 0;
        foreach (ulong seed in Seeds)
        {
            BlackboardRun run = BlackboardRun.Workload(seed, runtime => StoreSet.Remote(runtime, ContentionOnly));
            Assert.That(run.Conformance().Conforms, Is.True, $"seed {seed}: {run.Conformance()}");
            Assert.That(run.History.Where(entry => entry.Outcome.Error == BlackboardError.StoreFailure), Is.Empty, $"seed {seed}: contention alone failed an action");
            lost += run.Blackboard.SwapsLost;
        }
        Assert.That(lost, Is.GreaterThan(0), "no swap was lost: the workers never contended");
    }

    [Test]
    public void The_contention_property_catches_a_store_client_that_reports_a_lost_swap_as_a_failure()
    {
        // The test-only bug: the client turns a lost swap into an unavailable store.
        int failedSeeds = Seeds.Count(seed => BlackboardRun.Workload(seed, runtime =>
        {
            StoreSet stores = StoreSet.Remote(runtime, ContentionOnly);
            return stores with { Object = new BrokenSwapObjectStore(stores.Object, LostAsUnavailable) };
        }).History.Any(entry => entry.Outcome.Error == BlackboardError.StoreFailure));

        Assert.That(failedSeeds, Is.GreaterThan(0), "contention reported as a fault went unnoticed on every seed");
    }

    [Test]
    public void One_worker_runs_one_operation_at_a_time_and_never_loses_a_swap()
    {
        foreach (ulong seed in Seeds.Take(5))
        {
            var runtime = BlackboardRun.NewRuntime(seed);
            var observed = ObservedBlackboard.Create(runtime, BlackboardRun.Stores(runtime, BlackboardRun.CloudflareWorkers), BlackboardRun.Limits);
            runtime.Spawn("run", () => observed.RunWorkloadAsync(runtime, seed, 4, 40, Nexus.Engine.Time.SimDuration.FromMilliseconds(500), Nexus.Engine.Time.SimTime.FromSeconds(30)));
            runtime.RunToCompletion();
            Assert.That(observed.Monitor.Report.Conforms, Is.True, observed.Monitor.Report.ToString());
            Assert.That(observed.Blackboard.SwapsLost, Is.Zero);
            Assert.That(observed.Blackboard.History.Where(e => e.Commit > 0).Select(e => e.Commit), Is.Ordered, "with one worker, commit order is finish order");
        }
    }

    [Test]
    public void Without_the_compare_and_swap_a_worker_committing_from_a_stale_read_is_caught_at_depth_2_but_not_at_depth_1()
    {
        BlackboardDefences off = BlackboardDefences.All.Without("chain-head-cas");
        ConformanceReport? caught = Seeds.Select(seed => BlackboardRun.Workload(seed, BlackboardRun.CloudflareWorkers, off).Conformance())
            .FirstOrDefault(report => !report.Conforms);
        Assert.That(caught, Is.Not.Null, "blind commits by concurrent workers conformed on every seed: the monitor does not see the commit order");
        Assert.That(caught!.Difference, Does.Contain("written twice").Or.Contain("oracle"));
        Assert.That(Seeds.Take(5).All(seed => BlackboardRun.Workload(seed, BlackboardRun.Depth1, off).Conformance().Conforms), Is.True,
            "at depth 1 the stores answer at once, so no worker reads a state that another changes before its commit");
    }

    [TestCase(BlackboardRun.Depth1)]
    [TestCase(BlackboardRun.CloudflareWorkers)]
    public void One_signed_fact_submitted_concurrently_through_every_worker_commits_exactly_once_on_every_seed(string depth)
    {
        foreach (ulong seed in Seeds)
        {
            var runtime = BlackboardRun.NewRuntime(seed);
            var observed = ObservedBlackboard.Create(runtime, BlackboardRun.Stores(runtime, depth), BlackboardRun.Limits, workers: 4);
            using var alice = AgentIdentity.Derive(seed, "alice");
            Fact fact = alice.CreateFact(new Content("text/plain", [1, 2, 3]), new Origin("asset", 1));
            var outcomes = new ActionOutcome[4];
            runtime.Spawn("replayers", () => Task.WhenAll(Enumerable.Range(0, 4)
                .Select(worker => runtime.Spawn("copy-" + worker, async () => outcomes[worker] = await observed.Blackboard.Worker(worker).ExchangeAsync(fact, "text/plain")))
                .ToArray()));
            runtime.RunToCompletion();
            Assert.That(observed.Monitor.Report.Conforms, Is.True, observed.Monitor.Report.ToString());
            Assert.That(outcomes.Count(o => o.Succeeded), Is.EqualTo(1), $"seed {seed}: {string.Join(", ", outcomes.Select(o => o.ToString()))}");
            Assert.That(outcomes.Where(o => !o.Succeeded).Select(o => o.Error), Is.All.EqualTo(BlackboardError.Replay), "a concurrent duplicate is a replay, not a store failure");
            Assert.That(observed.StoresNow().Facts.Keys, Is.EqualTo(new[] { fact.Id }));
        }
    }

    /// <summary>The bug: a swap lost to another writer (applied nothing, answered false) reported as the store being unavailable.</summary>
    private static async ValueTask<StoreResult<bool>> LostAsUnavailable(IObjectStore inner, IReadOnlyList<StateSwap> swaps)
    {
        StoreResult<bool> result = await inner.PutStatesAsync(swaps);
        return result is { IsOk: true, Value: false } ? StoreResult<bool>.Failure(StoreStatus.Unavailable) : result;
    }

    private static TargetProfile ContentionOnlyProfile()
    {
        var operation = new OperationProfile(DurationDistribution.LogNormal(SimDuration.FromMilliseconds(5), 0.4), SimDuration.FromSeconds(60),
            Probability.Zero, Probability.Zero, SimDuration.Zero);
        return new TargetProfile("contention-only", operation, operation, operation, SimDuration.Zero, null);
    }
}
