using Nexus.Engine;
using Nexus.Engine.Time;
using Nexus.Worlds.Transactions;

namespace Nexus.Tests.Transactions;

public sealed class TwoPhaseCommitTests
{
    [Test]
    public void When_every_participant_votes_yes_all_of_them_commit()
    {
        var h = new TwoPhaseCommitHarness(1, TwoPhaseCommitHarness.Quiet);
        TransactionOutcome outcome = default;
        h.Runtime.Spawn("client", async () => outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[1], "b"), (h.Participants[2], "c")));
        h.Runtime.RunToCompletion();

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Committed));
        Assert.That(h.Participants.Select(p => p.Data.Keys("").Count), Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    [Test]
    public void One_no_vote_aborts_the_transaction_at_every_participant()
    {
        var h = new TwoPhaseCommitHarness(1, TwoPhaseCommitHarness.Quiet);
        TransactionOutcome outcome = default;
        h.Runtime.Spawn("client", async () =>
        {
            // Another transaction's prepare holds b's lock, so p1 must vote no.
            await h.Participants[1].PrepareAsync("blocker", new Dictionary<string, string> { ["b"] = "blocker" });
            outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[1], "b"));
        });
        h.Runtime.RunToCompletion();

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants[0].Data.Read("a"), Is.Null);
        Assert.That(h.Participants[0].OutcomeOf("t1"), Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants[1].InDoubt, Is.EqualTo(new[] { "blocker" }), "only the blocker still holds its lock");
    }

    [Test]
    public void A_participant_down_during_prepare_makes_the_transaction_abort()
    {
        var h = new TwoPhaseCommitHarness(1, TwoPhaseCommitHarness.Quiet);
        TransactionOutcome outcome = default;
        h.Participants[2].Crash();
        h.Runtime.Spawn("client", async () =>
        {
            outcome = await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c"));
            await h.RecoverAll();
        });
        h.Runtime.RunToCompletion();

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Aborted));
        Assert.That(h.Participants[0].Data.Read("a"), Is.Null);
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    [Test]
    public void A_participant_that_crashes_after_voting_yes_stays_in_doubt_with_its_locks_until_it_recovers_the_commit()
    {
        var h = new TwoPhaseCommitHarness(1, TwoPhaseCommitHarness.Quiet);
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
        h.Runtime.RunToCompletion();

        Assert.That(outcome, Is.EqualTo(TransactionOutcome.Committed));
        Assert.That(conflicting, Is.EqualTo(TransactionOutcome.Aborted), "the in-doubt lock blocks a conflicting transaction");
        Assert.That(h.Participants[2].Data.Read("c"), Is.EqualTo("t1"));
        Assert.That(h.AtomicityViolations(), Is.Empty);
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Under_crashes_refusals_and_lost_messages_every_transaction_is_atomic(ulong seed)
    {
        var h = RunRandomWorkload(seed, CoordinatorVariant.Correct);
        var outcomes = h.Coordinator.Decisions.Values.ToList();

        Assert.That(h.AtomicityViolations(), Is.Empty);
        Assert.That(outcomes, Has.Count.EqualTo(120));
        Assert.That(outcomes, Has.Some.EqualTo(TransactionOutcome.Committed).And.Some.EqualTo(TransactionOutcome.Aborted));
    }

    [Test]
    public void A_coordinator_that_counts_a_missing_vote_as_yes_is_caught_by_the_audit()
    {
        // Negative control, deterministic: the participant is down for the whole of phase 1.
        var h = new TwoPhaseCommitHarness(1, TwoPhaseCommitHarness.Quiet, CoordinatorVariant.TreatMissingVoteAsYes);
        h.Participants[2].Crash();
        h.Runtime.Spawn("client", async () => await h.Execute("t1", (h.Participants[0], "a"), (h.Participants[2], "c")));
        h.Runtime.Spawn("fault", async () =>
        {
            await h.Runtime.Delay(SimDuration.FromMilliseconds(100));
            h.Participants[2].Restart();
        });
        h.Runtime.RunToCompletion();

        Assert.That(h.AtomicityViolations(), Has.Some.Contain("never prepared"));
    }

    [Test]
    public void The_broken_coordinator_is_caught_on_the_random_workload_too()
    {
        Assert.That(SeedBank.Seeds.Any(seed => RunRandomWorkload(seed, CoordinatorVariant.TreatMissingVoteAsYes).AtomicityViolations().Count > 0), Is.True);
    }

    /// <summary>Four clients run 30 transactions each over two or three participants and a small key
    /// space (so locks conflict), while each participant crashes once for up to half a second, under
    /// the committed profile's refusals, losses and timeouts. Then everything recovers.</summary>
    private static TwoPhaseCommitHarness RunRandomWorkload(ulong seed, CoordinatorVariant variant)
    {
        var h = new TwoPhaseCommitHarness(seed, TwoPhaseCommitHarness.Committed, variant);
        var random = h.Runtime.Random.Fork("workload");
        foreach (TransactionParticipant participant in h.Participants)
        {
            SimDuration start = SimDuration.FromSeconds(random.NextDouble() * 1.5);
            SimDuration length = SimDuration.FromSeconds(0.05 + random.NextDouble() * 0.45);
            h.Runtime.Spawn("crash " + participant.Name, async () =>
            {
                await h.Runtime.Delay(start);
                participant.Crash();
                await h.Runtime.Delay(length);
                participant.Restart();
            });
        }
        Task[] clients = Enumerable.Range(0, 4).Select(client => h.Runtime.Spawn("client", async () =>
        {
            for (int i = 0; i < 30; i++)
            {
                var involved = h.Participants.Where(_ => random.Next(3) > 0).ToList();
                if (involved.Count == 0)
                {
                    involved.Add(h.Participants[random.Next(3)]);
                }
                string transaction = $"c{client}-t{i}";
                await h.Execute(transaction, involved.Select(p => (p, "k" + random.Next(4))).ToArray());
                await h.Runtime.Delay(SimDuration.FromMilliseconds(random.Next(20)));
            }
        })).ToArray();
        h.Runtime.Spawn("recovery", async () =>
        {
            await Task.WhenAll(clients);
            await h.RecoverAll();
        });
        h.Runtime.RunToCompletion();
        return h;
    }

    [Test]
    public void A_profile_with_a_probability_outside_the_unit_interval_is_rejected_with_file_line_and_field()
    {
        string text = File.ReadAllText(RepositoryPaths.Profile("two-phase-commit")).Replace("vote_no_probability: 0.05", "vote_no_probability: 2");
        var error = Assert.Throws<Nexus.Experiments.Configuration.ConfigError>(() =>
            Nexus.Experiments.Configuration.TwoPhaseCommitProfileLoader.Parse("two-phase-commit.yaml", text));
        Assert.That(error!.Message, Does.Match(@"^two-phase-commit\.yaml:\d+: vote_no_probability: must lie in \[0, 1\], got 2"));
    }
}
