using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>A commit costs what it changes: the oracle and the rules emit their changes instead of
/// diffing whole states, the commit log is a compact encoding, and the conformance check compares
/// where a commit changed. Each is checked here against the slow whole-state way it replaced.</summary>
public sealed class IncrementalCommitTests
{
    /// <summary>Short times to live, so that ticks release claims, evict Intents and drop Hints within a rollout.</summary>
    private static readonly BlackboardLimits Limits = new() { HeartbeatTimeToLive = 5_000_000_000, UnclaimedTimeToLive = 20_000_000_000 };

    private static readonly ulong[] Seeds = [.. BlackboardConformanceTests.TwentySeeds.Take(8)];

    /// <summary>Every step of a rollout: the state before, the action, the oracle's transition.</summary>
    private static IEnumerable<(BlackboardState Before, BlackboardAction Action, BlackboardTransition Transition)> Steps(ulong seed)
    {
        using var driver = new Nexus.Worlds.Blackboard.Driver.BlackboardDriver(seed, 6, Limits);
        BlackboardState state = BlackboardState.Empty;
        for (int t = 0; t < 400; t++)
        {
            BlackboardAction action = driver.Next(state, t * 250_000_000L, signConclusions: true);
            BlackboardTransition transition = BlackboardOracle.Step(state, action, Limits);
            yield return (state, action, transition);
            state = transition.State;
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_oracles_delta_is_the_whole_state_difference_at_every_step(ulong seed)
    {
        foreach (var (before, _, transition) in Steps(seed))
        {
            Assert.That(transition.Delta.Edits, Is.EqualTo(WholeStateDiff.Between(before, transition.State).Edits));
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_oracles_delta_is_the_whole_state_difference_on_states_a_noisy_proposer_made(ulong seed)
    {
        // A proposer's state may hold a head that names a Fact it lacks, or a Fact the head does not
        // name: the delta still holds exactly what changes.
        var noisy = BlackboardProposers.Noisy(Limits, 0.5, seed);
        BlackboardState coupled = BlackboardState.Empty;
        foreach (var (_, action, _) in Steps(seed))
        {
            BlackboardTransition transition = BlackboardOracle.Step(coupled, action, Limits);
            Assert.That(transition.Delta.Edits, Is.EqualTo(WholeStateDiff.Between(coupled, transition.State).Edits), $"{action}");
            coupled = noisy(coupled, action).Delta.ApplyTo(coupled);
        }
    }

    [Test]
    public void Across_the_bank_the_rollouts_make_every_kind_of_edit()
    {
        var kinds = Seeds.SelectMany(seed => Steps(seed).SelectMany(step => step.Transition.Delta.Edits.Select(edit => edit.Kind))).ToHashSet();
        Assert.That(kinds, Is.EquivalentTo(Enum.GetValues<BlackboardEditKind>()), "a kind of edit no rollout makes is not checked");
    }

    [TestCaseSource(nameof(Seeds))]
    public void The_rules_change_less_what_it_would_not_change_is_the_oracles_transition(ulong seed)
    {
        foreach (var (before, action, transition) in Steps(seed))
        {
            BlackboardChange? change = BlackboardRules.Standard.Decide(before, action, Limits, BlackboardDefences.All).Change?.Net(before);
            BlackboardState after = change is null || change.IsEmpty ? before : change.ApplyTo(before);
            Assert.That(after.Difference(transition.State), Is.Null, $"{action}");
            Assert.That(change is null || change.IsEmpty, Is.EqualTo(transition.Delta.Edits.Count == 0), $"{action}: one side commits, the other changes nothing");
        }
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_commit_log_entry_reads_back_as_the_change_it_encodes(ulong seed)
    {
        int encoded = 0;
        foreach (var (before, action, _) in Steps(seed))
        {
            if (BlackboardRules.Standard.Decide(before, action, Limits, BlackboardDefences.All).Change?.Net(before) is not { IsEmpty: false } change)
            {
                continue;
            }
            string entry = (change with { Writer = "worker-1/7" }).Encode();
            BlackboardChange read = BlackboardChange.Decode(entry);
            Assert.That(read.Writer, Is.EqualTo("worker-1/7"));
            Assert.That(read.Encode(), Is.EqualTo(entry));
            Assert.That(read.ApplyTo(before).Difference(change.ApplyTo(before)), Is.Null, entry);
            encoded++;
        }
        Assert.That(encoded, Is.GreaterThan(100), "too few commits to say the encoding round-trips");
    }

    [TestCase("cut", TestName = "An entry cut short is refused")]
    [TestCase("padded", TestName = "An entry with characters after its last field is refused")]
    [TestCase("count", TestName = "An entry whose count runs past its end is refused")]
    [TestCase("bytes", TestName = "An entry whose byte field is not base64 is refused")]
    public void A_damaged_entry_is_refused_as_unreadable(string damage)
    {
        var (before, action, _) = Steps(Seeds[0]).First(step => step.Action is ExchangeAction && step.Transition.Delta.Edits.Count > 0);
        string entry = BlackboardRules.Standard.Decide(before, action, Limits, BlackboardDefences.All).Change!.Encode();
        string damaged = damage switch
        {
            "cut" => entry[..^3],
            "padded" => entry + "0:",
            "count" => "0:0:1:9" + entry[7..],
            _ => entry.Replace(Payload(action), "!" + Payload(action)[1..], StringComparison.Ordinal),
        };
        Assert.That(damaged, Is.Not.EqualTo(entry));
        Assert.Throws<InvalidDataException>(() => BlackboardChange.Decode(damaged));
    }

    private static string Payload(BlackboardAction exchange) => Convert.ToBase64String(((ExchangeAction)exchange).Fact.Content.Bytes);

    [Test]
    public void A_change_the_oracle_makes_and_the_implementation_leaves_out_is_caught_at_its_commit()
    {
        // The comparison looks where either side changed: rules whose conclusions link the Fact but leave
        // the Intent claimed move no Intent key, so only the oracle's delta names the Intent.
        foreach (ulong seed in BlackboardConformanceTests.TwentySeeds)
        {
            VirtualRuntime runtime = BlackboardRun.NewRuntime(seed);
            var observed = ObservedBlackboard.Create(runtime, StoreSet.InProcess(), Nexus.Experiments.Checks.BlackboardCheck.Limits, rules: new ClaimKeepingRules());
            runtime.Spawn("run", () => observed.RunWorkloadAsync(runtime, seed, 6, 40, SimDuration.FromMilliseconds(500), SimTime.FromSeconds(30)));
            try
            {
                runtime.RunToCompletion();
            }
            catch (SimulationFailure failure) when (failure.InnerException is ObservedBlackboard.NonConformance)
            {
                ConformanceReport report = observed.Monitor.Report;
                Assert.That(report.Action, Is.TypeOf<ConcludeAction>());
                Assert.That(report.Difference, Does.StartWith("state at commit").And.Contain("intent " + ((ConcludeAction)report.Action!).IntentId));
                return;
            }
        }
        Assert.Fail("conclusions that leave the Intent claimed conformed on every seed: the comparison does not look where only the oracle changed");
    }

    /// <summary>Deliberately broken: a conclusion links its Fact and leaves the Intent as it was.</summary>
    private sealed class ClaimKeepingRules : IBlackboardRules
    {
        public Decision Decide(BlackboardState state, BlackboardAction action, BlackboardLimits limits, BlackboardDefences defences)
        {
            Decision decision = BlackboardRules.Standard.Decide(state, action, limits, defences);
            return action is ConcludeAction && decision.Change is { } change ? decision with { Change = change with { Intents = [] } } : decision;
        }
    }

    [Test]
    public void Stores_changed_behind_the_commits_back_are_caught_when_the_run_settles()
    {
        // The per-commit check reads only what each commit's swaps name; a record rewritten outside any
        // commit is found by the whole read when the run is over. The control: the same run, untouched, settles.
        StoreSet? kept = null;
        BlackboardRun run = BlackboardRun.Workload(Seeds[0], _ => kept = StoreSet.InProcess());
        Assert.That(run.Observed.Settle().Conforms, Is.True, "the untouched run does not settle");
        BlackboardState stored = run.StoresNow();
        Assert.That(stored.Intents, Has.Count.GreaterThanOrEqualTo(2), "no two Intents to swap records between");
        string first = stored.Intents.Keys.First();
        string? other = kept!.Inspector!.KeyValue("intents/" + stored.Intents.Keys.Last());
        Assert.That(kept.KeyValue.SetAsync("intents/" + first, other!).AsTask().Result.IsOk, Is.True);
        ConformanceReport report = run.Observed.Settle();
        Assert.That(report.Conforms, Is.False);
        Assert.That(report.Difference, Does.Contain("at the end of the run").And.Contain("intent " + first));
    }
}
