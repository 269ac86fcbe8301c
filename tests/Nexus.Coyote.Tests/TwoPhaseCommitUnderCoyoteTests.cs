using Nexus.Scenarios.Configuration;
using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Oracle.Transactions;
using Nexus.Tests;
using Nexus.Worlds.Transactions;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>Two-phase commit under Coyote, its crashes from the fault timeline: the coordinator and a
/// participant each crash once while two transactions run. Coyote decides when each window begins and
/// ends relative to every message, and every latency, refusal and vote draw; after everything
/// recovers, the same atomicity audit <c>nexus check two-phase-commit</c> runs on virtual time
/// (<see cref="TwoPhaseCommitRun.AtomicityViolations"/>) must find nothing.</summary>
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
        var run = new TwoPhaseCommitRun(runtime, Profile, defences, participants: 2);
        var windows = new CountingTarget[] { new(run.Coordinator), new(run.Participants[1]) };
        new FaultPlan()
            .Crash(TwoPhaseCommitRun.CoordinatorTarget, SimTime.FromSeconds(0.001), SimTime.FromSeconds(0.01))
            .Crash(TwoPhaseCommitRun.ParticipantTarget(1), SimTime.FromSeconds(0.002), SimTime.FromSeconds(0.02))
            .Schedule(run.Runtime, new FaultTargets().Add(TwoPhaseCommitRun.CoordinatorTarget, windows[0]).Add(TwoPhaseCommitRun.ParticipantTarget(1), windows[1]));

        var both = run.Participants.Select(p => (p, "k")).ToArray();
        await Task.WhenAll(new[]
        {
            run.Runtime.Spawn("t1", () => run.Execute("t1", both)),
            run.Runtime.Spawn("t2", () => run.Execute("t2", both)),
        });
        await Task.WhenAll(windows.Select(window => window.Ended).ToArray());
        await run.RecoverAll();
        await runtime.StopAsync();

        List<string> violations = run.AtomicityViolations();
        CoyoteSpecification.Assert(violations.Count == 0, "{0}", string.Join("; ", violations));
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
