using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Configuration;
using Nexus.Tests;
using Nexus.Worlds.Storage.Remote;
using Nexus.Worlds.Transactions;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>Two-phase commit under Coyote, its crashes from the fault timeline: the coordinator and a
/// participant each crash once while two transactions run. Coyote decides when each window begins and
/// ends relative to every message, and every latency, refusal and vote draw; after everything
/// recovers, every transaction must be atomic.</summary>
public sealed class TwoPhaseCommitUnderCoyoteTests
{
    private static readonly TwoPhaseCommitProfile Profile = TwoPhaseCommitProfileLoader.Load(RepositoryPaths.Profile("two-phase-commit"));

    [Test]
    public void Crashes_of_the_coordinator_and_a_participant_from_the_timeline_never_break_atomicity_over_500_iterations()
    {
        using var engine = CoyoteConfiguration.Run(500, TwoTransactionsUnderCrashes);

        CoyoteConfiguration.AssertNoBug(engine, 500);
    }

    [Test]
    public void With_the_durable_decision_log_switched_off_a_lost_commit_is_found_within_1000_iterations_and_the_trace_replays_it()
    {
        using var engine = CoyoteConfiguration.Run(1000, () => TwoTransactionsUnderCrashes(TwoPhaseCommitDefences.All.Without("durable-decision-log")));

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1));
        string bug = engine.TestReport.BugReports.Single();
        Assert.That(bug, Does.Contain("the log says").Or.Contain("applied"));

        using var replay = CoyoteConfiguration.Replay(engine, () => TwoTransactionsUnderCrashes(TwoPhaseCommitDefences.All.Without("durable-decision-log")));
        Assert.That(replay.TestReport.BugReports.Single(), Is.EqualTo(bug));
    }

    private static Task TwoTransactionsUnderCrashes() => TwoTransactionsUnderCrashes(TwoPhaseCommitDefences.All);

    private static async Task TwoTransactionsUnderCrashes(TwoPhaseCommitDefences defences)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        TransactionParticipant[] participants = [.. Enumerable.Range(0, 2)
            .Select(i => new TransactionParticipant("p" + i, new RemoteBoundary(runtime, "2pc/p" + i), Profile))];
        var coordinator = new TwoPhaseCommitCoordinator(runtime, Profile, defences);
        var windows = new CountingTarget[] { new(coordinator), new(participants[1]) };
        new FaultPlan()
            .Crash("coordinator", SimTime.FromSeconds(0.001), SimTime.FromSeconds(0.01))
            .Crash("p1", SimTime.FromSeconds(0.002), SimTime.FromSeconds(0.02))
            .Schedule(runtime, new FaultTargets().Add("coordinator", windows[0]).Add("p1", windows[1]));

        (TransactionParticipant, IReadOnlyDictionary<string, string>)[] work =
            [.. participants.Select(p => (p, (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["k"] = "t" }))];
        var told = new TransactionOutcome[2];
        await Task.WhenAll(new[]
        {
            runtime.Spawn("t1", async () => told[0] = await coordinator.ExecuteAsync("t1", work)),
            runtime.Spawn("t2", async () => told[1] = await coordinator.ExecuteAsync("t2", work)),
        });
        await Task.WhenAll(windows.Select(window => window.Ended).ToArray());
        await Task.WhenAll(participants.Select(p => p.RecoverAsync(coordinator)).ToArray());

        string[] transactions = ["t1", "t2"];
        for (int i = 0; i < transactions.Length; i++)
        {
            TransactionOutcome decided = coordinator.Decisions.GetValueOrDefault(transactions[i], TransactionOutcome.Aborted);
            CoyoteSpecification.Assert(told[i] == decided, "{0}: the client was told {1}, the log says {2}", transactions[i], told[i], decided);
            foreach (TransactionParticipant participant in participants)
            {
                TransactionOutcome? applied = participant.OutcomeOf(transactions[i]);
                CoyoteSpecification.Assert(applied == decided || (decided == TransactionOutcome.Aborted && applied is null),
                    "{0}: decided {1}, {2} applied {3}", transactions[i], decided, participant.Name, applied);
            }
        }
        CoyoteSpecification.Assert(participants.All(p => p.InDoubt.Count == 0), "a participant is still in doubt after recovery");
    }

    /// <summary>Passes a target's faults through, noting when its window has ended.</summary>
    private sealed class CountingTarget(IFaultTarget inner) : IFaultTarget
    {
        private readonly TaskCompletionSource _ended = new();

        public Task Ended => _ended.Task;

        public bool Supports(FaultKind kind) => inner.Supports(kind);

        public void Begin(FaultWindow window) => inner.Begin(window);

        public void End(FaultWindow window)
        {
            inner.End(window);
            _ended.SetResult();
        }
    }
}
