using Nexus.Scenarios.Hunts;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage;

namespace Nexus.Coyote.Tests;

/// <summary>Controls for two real defences, on the catalogue's own hunts at depth 2 (the correct hunts
/// are <see cref="AttackHuntTests"/>' and the hunt mode's): with exactly that defence switched off,
/// Coyote finds the race the defence closes, and its trace replays to the same failure.</summary>
public sealed class DefenceControlTests
{
    private const uint Budget = 1000;

    [Test]
    public void Without_the_chain_head_compare_and_swap_coyote_finds_a_double_commit_and_replays_it()
    {
        var setup = new HuntSetup(Profiles.HuntDepth(2)) { Defences = BlackboardDefences.All.Without("chain-head-cas") };
        string bug = FoundAndReplayed("same-fact-through-workers", setup);
        Assert.That(bug, Does.Contain("committed more than once").Or.Contain("did not conform"));
    }

    [Test]
    public void Without_per_key_serialization_two_flushes_both_win_and_the_trace_replays_it()
    {
        var setup = new HuntSetup(Profiles.HuntDepth(2)) { StoreDefences = StoreDefences.All.Without("per-key-serialization") };
        string bug = FoundAndReplayed("two-flushes-on-one-key", setup);
        Assert.That(bug, Does.Contain("two sessions won the same compare-and-swap"));
    }

    private static string FoundAndReplayed(string hunt, HuntSetup setup)
    {
        Hunt scenario = HuntCatalogue.Named(hunt);
        using var engine = CoyoteConfiguration.Run(Budget, () => scenario.UnderCoyote(setup));
        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1), $"no failure in {Budget} iterations of {hunt} with {setup}");
        string bug = engine.TestReport.BugReports.Single();
        using var replay = CoyoteConfiguration.Replay(engine, () => scenario.UnderCoyote(setup));
        Assert.That(replay.TestReport.BugReports.Single(), Is.EqualTo(bug));
        return bug;
    }
}
