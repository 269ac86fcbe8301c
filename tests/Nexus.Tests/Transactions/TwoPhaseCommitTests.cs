using Nexus.Engine.Faults;
using Nexus.Engine.Time;
using Nexus.Experiments.Checks;
using Nexus.Oracle.Transactions;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Transactions;

namespace Nexus.Tests.Transactions;

public sealed class TwoPhaseCommitTests
{
    [Test]
    public void When_every_participant_votes_yes_all_of_them_commit()
    {
        var h = TwoPhaseCommitHarness.QuietRun();
        TransactionOutcome outcome = default;
        h.Runtime.Spawn("client", async () => outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[1], "b"), (h.Participants[2], "c")));
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Committed));
        Assert.That(h.Participants.Select(p => p.Data.Keys("").Count), Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    [Test]
    public void One_no_vote_aborts_the_transaction_at_every_participant()
    {
        var h = TwoPhaseCommitHarness.QuietRun();
        TransactionOutcome outcome = default;
        h.Runtime.Spawn("client", async () =>
        {
            // Another transaction's prepare holds b's lock, so p1 must vote no.
            await h.Participants[1].PrepareAsync("blocker", new Dictionary<string, string> { ["b"] = "blocker" });
            outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[1], "b"));
        });
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants[0].Data.Read("a"), Is.Null);
        Assert.That(h.Participants[0].OutcomeOf("t1"), Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants[1].InDoubt, Is.EqualTo(new[] { "blocker" }), "only the blocker still holds its lock");
    }

    [Test]
    public void A_participant_down_during_prepare_makes_the_transaction_abort()
    {
        var h = TwoPhaseCommitHarness.QuietRun();
        TransactionOutcome outcome = default;
        h.Participants[2].Crash();
        h.Runtime.Spawn("client", async () =>
        {
            outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c"));
            await h.RecoverAll();
        });
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants[0].Data.Read("a"), Is.Null);
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    [Test]
    public void A_participant_that_crashes_after_voting_yes_stays_in_doubt_with_its_locks_until_it_recovers_the_commit()
    {
        var h = TwoPhaseCommitHarness.QuietRun();
        TransactionOutcome outcome = default;
        TransactionOutcome conflicting = default;
        h.Runtime.Spawn("client", async () => outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c")));
        h.Runtime.Spawn("fault", async () =>
        {
            await h.Runtime.Delay(SimDuration.FromMicroseconds(2_500)); // prepared at 1 ms, decision arrives at 3 ms
            h.Participants[2].Crash();
            await h.Runtime.Delay(SimDuration.FromSeconds(2));
            Assert.That(h.Participants[2].InDoubt, Is.EqualTo(new[] { "t1" }));
            h.Participants[2].Restart();
            conflicting = await h.Execute("t2", (h.Participants[2], "c"));
            await h.Participants[2].RecoverAsync(h.Coordinator);
        });
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Committed));
        Assert.That(conflicting, Is.EqualTo(TransactionOutcome.Aborted), "the in-doubt lock blocks a conflicting transaction");
        Assert.That(h.Participants[2].Data.Read("c"), Is.EqualTo("t1"));
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    [Test]
    public void With_unanimous_votes_switched_off_a_missing_vote_counts_as_yes_and_the_audit_catches_it()
    {
        // Negative control, deterministic: the participant is down for the whole of phase 1.
        var h = TwoPhaseCommitHarness.QuietRun(TwoPhaseCommitDefences.All.Without("unanimous-votes"));
        h.Participants[2].Crash();
        h.Runtime.Spawn("client", async () => await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c")));
        h.Runtime.Spawn("fault", async () =>
        {
            await h.Runtime.Delay(SimDuration.FromMilliseconds(100));
            h.Participants[2].Restart();
        });
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(h.AtomicityViolations(), Has.Some.Contain("never prepared"));
    }

    [Test]
    public void With_unanimous_votes_switched_off_the_random_workload_is_caught_too()
    {
        Assert.That(SeedBank.Seeds.Any(seed => TwoPhaseCommitHarness.RandomWorkload(seed,
            TwoPhaseCommitDefences.All.Without("unanimous-votes")).AtomicityViolations().Count > 0), Is.True);
    }

    [Test]
    public void A_coordinator_crash_between_prepare_and_decision_aborts_by_presumption_once_everyone_recovers()
    {
        var h = TwoPhaseCommitHarness.QuietRun();
        // Prepares reach the participants at 1 ms and the votes come back at 2 ms: the crash falls between.
        new FaultPlan().Crash(TwoPhaseCommitRun.CoordinatorTarget, SimTime.FromSeconds(0.0015), SimTime.FromSeconds(0.1))
            .Schedule(h.Runtime, h.Targets);
        TransactionOutcome outcome = default;
        string[] inDoubtDuringCrash = [];
        h.Runtime.Spawn("client", async () => outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c")));
        h.Runtime.Spawn("recovery", async () =>
        {
            await h.Runtime.Delay(SimDuration.FromMilliseconds(50));
            inDoubtDuringCrash = [.. h.Participants.SelectMany(p => p.InDoubt)];
            await h.Runtime.DelayUntil(SimTime.FromSeconds(0.1));
            await h.RecoverAll();
        });
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(inDoubtDuringCrash, Is.EqualTo(new[] { "t1", "t1" }), "both participants prepared and wait for a decision");
        Assert.That(h.Coordinator.Decisions, Does.Not.ContainKey("t1"), "the crashed coordinator never decided");
        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants.Select(p => p.OutcomeOf("t1")), Is.EqualTo(new TransactionOutcome?[] { TransactionOutcome.Aborted, null, TransactionOutcome.Aborted }));
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    /// <summary>Twenty seeds: the seed bank and ten more.</summary>
    public static readonly ulong[] TwentySeeds = [.. SeedBank.Seeds, .. Enumerable.Range(100, 10).Select(i => (ulong)i)];

    [TestCaseSource(nameof(TwentySeeds))]
    public void Under_coordinator_and_participant_crashes_from_the_fault_timeline_every_transaction_is_atomic(ulong seed)
    {
        var h = TwoPhaseCommitHarness.RandomWorkload(seed);

        Assert.That(h.AtomicityViolations(), Is.Empty);
        Assert.That(h.Outcomes, Has.Count.EqualTo(TwoPhaseCommitCheck.Clients * TwoPhaseCommitCheck.TransactionsPerClient));
        Assert.That(h.Outcomes.Values, Has.Some.EqualTo(TransactionOutcome.Committed).And.Some.EqualTo(TransactionOutcome.Aborted));
    }

    [Test]
    public void Across_the_twenty_seeds_coordinator_crashes_do_interrupt_transactions_before_their_decision()
    {
        int interrupted = TwentySeeds.Sum(seed =>
        {
            var h = TwoPhaseCommitHarness.RandomWorkload(seed);
            return h.Outcomes.Keys.Count(transaction => !h.Coordinator.Decisions.ContainsKey(transaction));
        });
        Assert.That(interrupted, Is.GreaterThan(0), "the crashes never hit a running transaction: the atomicity test proves nothing");
    }

    [Test]
    public void With_the_durable_decision_log_switched_off_a_crash_forgets_a_commit_and_the_audit_catches_it()
    {
        AssertLogMatters(TwoPhaseCommitDefences.All.Without("durable-decision-log"), caught: true);
        AssertLogMatters(TwoPhaseCommitDefences.All, caught: false);
    }

    /// <summary>t1 commits; p2 crashes before the decision reaches it, then the coordinator crashes and
    /// recovers, then p2 recovers and asks. Only a coordinator whose log survived can answer "committed".</summary>
    private static void AssertLogMatters(TwoPhaseCommitDefences defences, bool caught)
    {
        var h = TwoPhaseCommitHarness.QuietRun(defences);
        new FaultPlan()
            .Crash("2pc/p2", SimTime.FromSeconds(0.0025), SimTime.FromSeconds(0.05))
            .Crash(TwoPhaseCommitRun.CoordinatorTarget, SimTime.FromSeconds(0.01), SimTime.FromSeconds(0.02))
            .Schedule(h.Runtime, h.Targets);
        h.Runtime.Spawn("client", async () =>
        {
            await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c"));
            await h.Runtime.Delay(SimDuration.FromMilliseconds(100));
            await h.RecoverAll();
        });
        TwoPhaseCommitHarness.Complete(h);

        Assert.That(h.Participants[0].OutcomeOf("t1"), Is.EqualTo(TransactionOutcome.Committed));
        Assert.That(h.AtomicityViolations(), caught ? Is.Not.Empty : Is.Empty, string.Join(", ", TwoPhaseCommitDefences.Names.Where(name => defences.Without(name) == defences)));
    }

    [Test]
    public void A_profile_with_a_probability_outside_the_unit_interval_is_rejected_with_file_line_and_field()
    {
        string text = File.ReadAllText(RepositoryPaths.Profile("two-phase-commit")).Replace("vote_no_probability: 0.05", "vote_no_probability: 2");
        var error = Assert.Throws<ConfigError>(() =>
            TwoPhaseCommitProfileLoader.Parse("two-phase-commit.yaml", text));
        Assert.That(error!.Message, Does.Match(@"^two-phase-commit\.yaml:\d+: vote_no_probability: must lie in \[0, 1\], got 2"));
    }
}
