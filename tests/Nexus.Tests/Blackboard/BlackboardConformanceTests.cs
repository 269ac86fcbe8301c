using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

public sealed class BlackboardConformanceTests
{
    public static readonly ulong[] TwentySeeds = [.. Enumerable.Range(1, 20).Select(i => (ulong)i * 7919)];

    /// <summary>Each of the twenty seeds at depth 1, and at depth 2 under cf-workers with its faults.</summary>
    public static IEnumerable<TestCaseData> SeedsAtBothDepths() =>
        new[] { BlackboardRun.Depth1, BlackboardRun.CloudflareWorkers }.SelectMany(depth =>
            TwentySeeds.Select(seed => new TestCaseData(seed, depth).SetArgDisplayNames(depth, seed.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [TestCaseSource(nameof(SeedsAtBothDepths))]
    public void An_honest_multi_agent_workload_conforms_at_every_step(ulong seed, string depth)
    {
        BlackboardRun run = BlackboardRun.Workload(seed, depth);
        ConformanceReport report = run.Conformance();
        Assert.That(report.Conforms, Is.True, report.ToString());
        AssertRich(run);
    }

    [Test]
    public void Commits_whose_swap_times_out_under_long_service_times_are_resolved_and_every_step_conforms()
    {
        // Each request holds its key 400 ms, so swaps and the reads that resolve them queue past the 1 s
        // timeout: a commit that may have applied must be resolved from the log, never reported as a failure.
        var profile = Nexus.Scenarios.Configuration.TargetProfileLoader.Load(RepositoryPaths.Profile("long-service"));
        long resolved = 0;
        foreach (ulong seed in TwentySeeds)
        {
            ObservedBlackboard observed = Nexus.Experiments.Checks.BlackboardCheck.Run(seed, new Nexus.Experiments.Checks.BlackboardCheckOptions(profile, Swarm: false, BlackboardDefences.All));
            ConformanceReport report = observed.Monitor.Report;
            Assert.That(report.Conforms, Is.True, $"seed {seed}: {report}");
            resolved += observed.Blackboard.SwapsResolved;
        }
        Assert.That(resolved, Is.GreaterThan(0), "no swap timed out: the profile no longer exercises the resolution");
    }

    /// <summary>Every defence the oracle's rules decide: switched off alone, some seed of the bank fails the
    /// conformance check (chain-head-cas needs concurrent workers at depth 2, no-read-api a served route: other tests).</summary>
    [TestCase("structure")]
    [TestCase("identity")]
    [TestCase("signature")]
    [TestCase("replay-guard")]
    [TestCase("rate-limits")]
    [TestCase("contract-ratio")]
    [TestCase("owner-check")]
    public void With_one_defence_of_the_rules_off_some_seed_does_not_conform(string defence)
    {
        Assert.That(FirstFailure(defence).Conforms, Is.False);
    }

    [Test]
    public void With_the_owner_check_off_the_first_non_owner_heartbeat_release_or_conclusion_is_caught()
    {
        ConformanceReport report = FirstFailure("owner-check");
        Assert.That(report.Action, Is.TypeOf<HeartbeatAction>().Or.TypeOf<ReleaseAction>().Or.TypeOf<ConcludeAction>());
        Assert.That(report.Difference, Does.Contain("oracle NotOwner, implementation ok"));
    }

    [Test]
    public void With_the_replay_guard_off_an_exchange_is_caught_at_the_step_that_commits_a_replay()
    {
        ConformanceReport report = FirstFailure("replay-guard");
        Assert.That(report.Action, Is.TypeOf<ExchangeAction>());
        Assert.That(report.Difference, Does.Contain("oracle Replay, implementation ok"));
    }

    [Test]
    public void Stores_that_lose_intent_records_while_every_outcome_is_right_are_caught_by_the_store_comparison()
    {
        // The control that fails only through the comparison of the stores: the orchestration decides
        // from the commit log it reads, so every outcome matches the oracle's; the Intent records it wrote are not there.
        foreach (ulong seed in TwentySeeds)
        {
            ConformanceReport report = BlackboardRun.Workload(seed, runtime =>
            {
                StoreSet stores = StoreSet.InProcess();
                return stores with { KeyValue = new RecordDroppingKeyValueStore(stores.KeyValue, "intents/") };
            }).Conformance();
            if (!report.Conforms)
            {
                Assert.That(report.Action, Is.TypeOf<SubmitIntentAction>());
                Assert.That(report.Difference, Does.Not.Contain("outcome"), "the outcomes were right; only the stores were wrong");
                return;
            }
        }
        Assert.Fail("stores missing intent records conformed on every seed: the store comparison does not discriminate");
    }

    [Test]
    public void An_implementation_that_answers_success_but_commits_nothing_is_caught_on_every_seed()
    {
        // The test-only bug: every commit's swap is acknowledged as applied, and nothing is applied.
        foreach (ulong seed in TwentySeeds)
        {
            ConformanceReport report = BlackboardRun.Workload(seed, runtime =>
            {
                StoreSet stores = StoreSet.InProcess();
                return stores with { Object = new BrokenSwapObjectStore(stores.Object, (_, _) => new(StoreResult<bool>.Success(true))) };
            }).Conformance();

            Assert.That(report.Conforms, Is.False, $"seed {seed}: success without a commit conformed");
            Assert.That(report.Difference, Does.Contain("was reported but never applied"), $"seed {seed}");
        }
    }

    [Test]
    public void A_conformance_check_of_an_empty_history_fails_for_lack_of_evidence()
    {
        Assert.Throws<InvalidOperationException>(() => _ = new ConformanceMonitor(BlackboardRun.Limits).Report);
    }

    private static ConformanceReport FirstFailure(string defenceOff)
    {
        foreach (ulong seed in TwentySeeds)
        {
            ConformanceReport report = BlackboardRun.Workload(seed, BlackboardRun.Depth1, BlackboardDefences.All.Without(defenceOff)).Conformance();
            if (!report.Conforms)
            {
                Assert.That(report.FailingStep, Is.Not.Null);
                return report;
            }
        }
        Assert.Fail($"with the {defenceOff} defence off the blackboard conformed on every seed: the check does not discriminate");
        return null!;
    }

    [Test]
    public void Across_the_bank_the_workload_exercises_every_refusal_and_the_whole_lifecycle()
    {
        var entries = TwentySeeds.Take(8).SelectMany(seed => BlackboardRun.Workload(seed, BlackboardRun.Depth1).History).ToList();
        var errors = entries.Select(entry => entry.Outcome.Error).Distinct().ToList();
        BlackboardError[] expected =
        [
            BlackboardError.None, BlackboardError.Malformed, BlackboardError.EmptyContent, BlackboardError.PayloadTooLarge,
            BlackboardError.UnsupportedMimeType, BlackboardError.IdentityMismatch, BlackboardError.BadSignature, BlackboardError.Replay,
            BlackboardError.RateLimited, BlackboardError.UnknownIntent, BlackboardError.Conflict, BlackboardError.NotOwner,
        ];
        Assert.That(errors, Is.SupersetOf(expected));
        Assert.That(entries.Where(e => e.Outcome.Succeeded).Select(e => e.Action.GetType().Name).Distinct(), Is.SupersetOf(new[]
        {
            nameof(ExchangeAction), nameof(SubmitIntentAction), nameof(ClaimAction), nameof(HeartbeatAction),
            nameof(ReleaseAction), nameof(ConcludeAction), nameof(AddHintAction), nameof(TickAction),
        }));
    }

    /// <summary>Each run must be substantial: many steps, many commits, some findings of the detectors.</summary>
    private static void AssertRich(BlackboardRun run)
    {
        Assert.That(run.History, Has.Count.GreaterThan(150));
        Assert.That(run.History.Count(e => e.Action is ExchangeAction && e.Outcome.Succeeded), Is.GreaterThan(20));
        Assert.That(run.History.Count(e => !e.Outcome.Succeeded), Is.GreaterThan(10));
        Assert.That(run.Observed.StoresNow().Facts.Values.Select(f => f.Origin.AssetId), Has.Some.StartsWith("gap/").Or.Some.StartsWith("contradiction/"));
    }
}
