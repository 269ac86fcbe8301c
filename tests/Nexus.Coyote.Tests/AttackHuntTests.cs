using System.Reflection;
using Nexus.Scenarios.Hunts;
using Nexus.Tests;
using Nexus.Worlds.Storage;

namespace Nexus.Coyote.Tests;

/// <summary>The hunted scenarios over the real multi-worker blackboard: the correct orchestration holds
/// under Coyote at both depths and on virtual time over the seed bank, and each seeded bug is found
/// within 1,000 iterations and replays from its trace. The hunt mode researchers run is the same tests
/// through the coyote command line, with 10,000 iterations (README).</summary>
public sealed class AttackHuntTests
{
    /// <summary>Iterations per correct scenario in the default test run.</summary>
    private const uint Iterations = 100;

    /// <summary>Where the seeded bugs are hunted, and the swarm runs: behind cf-workers.</summary>
    private static readonly StoreDepth BugDepth = Profiles.HuntDepth(2);

    /// <summary>Within this many iterations every seeded bug must be found.</summary>
    private const uint BugBudget = 1000;

    public static IEnumerable<TestCaseData> CorrectHunts() =>
        HuntCatalogue.All.SelectMany(hunt => Profiles.HuntDepths.Select(depth => new TestCaseData(hunt.Name, depth)));

    /// <summary>Coyote seeds a bug budget apart: Coyote seeds iteration i of seed s as seed s + i, so these are disjoint.</summary>
    private static readonly uint[] BugSeeds = [CoyoteConfiguration.Seed, CoyoteConfiguration.Seed + BugBudget, CoyoteConfiguration.Seed + 2 * BugBudget];

    public static IEnumerable<TestCaseData> SeededHunts() =>
        HuntCatalogue.Seeded.SelectMany(hunt => BugSeeds.Select(seed => new TestCaseData(hunt.Name, seed)));

    public static IEnumerable<TestCaseData> CorrectHuntsOnTheSeedBank() =>
        HuntCatalogue.All.SelectMany(hunt => SeedBank.Seeds.Select(seed => new TestCaseData(hunt.Name, seed)));

    [TestCaseSource(nameof(CorrectHunts))]
    public void The_correct_orchestration_holds_under_coyote(string name, StoreDepth depth)
    {
        Hunt hunt = HuntCatalogue.Named(name);
        using var engine = CoyoteConfiguration.Run(Iterations, () => hunt.UnderCoyote(new HuntSetup(depth)));

        CoyoteConfiguration.AssertNoBug(engine, Iterations);
    }

    [TestCaseSource(nameof(SeededHunts))]
    public void The_seeded_bug_is_found_within_1000_iterations_and_its_trace_replays_to_the_same_failure(string name, uint seed)
    {
        Hunt hunt = HuntCatalogue.Named(name);
        using var engine = CoyoteConfiguration.Run(BugBudget, () => hunt.UnderCoyote(new HuntSetup(BugDepth, hunt.Bug)), seed);

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1), $"{hunt.Bug!.Name} was not found in {BugBudget} iterations");
        string bug = engine.TestReport.BugReports.Single();
        using var replay = CoyoteConfiguration.Replay(engine, () => hunt.UnderCoyote(new HuntSetup(BugDepth, hunt.Bug)));
        Assert.That(replay.TestReport.BugReports.Single(), Is.EqualTo(bug));
    }

    [Test]
    public void The_liveness_monitor_is_what_catches_a_scheduler_that_stops_and_the_oracle_sees_nothing()
    {
        Hunt hunt = HuntCatalogue.Named("abandoned-claim");
        using var engine = CoyoteConfiguration.Run(BugBudget, () => hunt.UnderCoyote(new HuntSetup(BugDepth, SeededBugs.IdleStop)));

        Assert.That(engine.TestReport.BugReports.Single(), Does.Contain("ClaimLivenessMonitor detected liveness bug in hot state 'Stale'"));
    }

    [Test]
    public void The_swallowed_timeout_needs_a_fault_choice_so_without_faults_at_depth_1_it_is_never_found()
    {
        Hunt hunt = HuntCatalogue.Named("blob-write-interleaving");
        using var engine = CoyoteConfiguration.Run(BugBudget, () => hunt.UnderCoyote(new HuntSetup(StoreDepth.InProcess, SeededBugs.TimeoutTakenAsWritten)));

        CoyoteConfiguration.AssertNoBug(engine, BugBudget);
    }

    [TestCaseSource(nameof(CorrectHuntsOnTheSeedBank))]
    public void The_correct_orchestration_holds_on_virtual_time_under_swarm_faults(string name, ulong seed)
    {
        Assert.That(HuntCatalogue.Named(name).OnVirtualTime(BugDepth, seed, bug: null), Is.Null);
    }

    [Test]
    public void The_coyote_command_line_tests_are_the_catalogues_and_nothing_else()
    {
        string[] declared = [.. typeof(AttackHunts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.GetCustomAttribute<Microsoft.Coyote.SystematicTesting.TestAttribute>() is not null)
            .Select(method => method.Name)];

        Assert.That(declared, Is.EquivalentTo(HuntCatalogue.All.SelectMany(hunt => hunt.CoyoteTestNames())));
    }
}
