using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Tests.Attacks;

/// <summary>One-swap discrimination on the exchange contract: swapping exactly one defence for a no-op
/// (the world's swaps are the blackboard's defences) flips exactly the expected cells of the violation
/// matrix to VIOLATED, and no others: each defence is what stops its attacks. The whole verdict vector
/// is asserted, on the campaign's first three seeds.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class OneSwapDiscriminationTests
{
    private static readonly string[] BothDepths = ["depth-1", "depth-2"];

    /// <summary>Each defence, the scenarios it flips, and at which depths.</summary>
    public static IEnumerable<TestCaseData> Defences()
    {
        string[] every = [.. AttackScenario.All.Select(s => s.Name)];
        yield return Case("structure", BothDepths, "evasive-free-riding", "falsified-contribution");
        yield return Case("identity", BothDepths, "poison-injection");
        yield return Case("signature", BothDepths, "poison-injection");
        yield return Case("replay-guard", BothDepths, "replay");
        yield return Case("rate-limits", BothDepths, "intent-spam", "sybil");
        // Without the compare-and-swap, workers commit from stale reads; only the boundary's round
        // trips let another worker act in between, so every depth-2 cell fails and no depth-1 cell does.
        yield return Case("chain-head-cas", ["depth-2"], every);
        // Every cell has honest exchanges with more matches than the ratio: all of them fail.
        yield return Case("contract-ratio", BothDepths, every);
        // None of the seven attacks needs the owner check (the blackboard check covers it): nothing flips.
        yield return Case("owner-check", BothDepths);
        yield return Case("no-read-api", BothDepths, "direct-free-riding");
    }

    private static TestCaseData Case(string defence, string[] depths, params string[] flipped) =>
        new TestCaseData(defence, depths, flipped).SetArgDisplayNames(defence);

    [Test]
    public void With_every_defence_on_every_cell_has_its_expected_verdict()
    {
        string[] vector = Campaigns.Vector(Campaigns.Run(Campaigns.FirstSeeds(3)));
        Assert.That(vector, Is.EqualTo(Expected([], [])));
    }

    [TestCaseSource(nameof(Defences))]
    public void With_one_defence_off_exactly_the_expected_cells_are_violated(string defence, string[] depths, string[] flipped)
    {
        SwapOutcome outcome = OneSwapDiscrimination.Run(Campaigns.FirstSeeds(3), defence, (_, _) => { });
        Assert.That(Campaigns.Vector(outcome.Cells), Is.EqualTo(Expected(flipped, depths)));
        Assert.That(outcome.Flipped.Select(cell => cell.Scenario.Name).Distinct(), Is.EquivalentTo(flipped));
    }

    private static string[] Expected(string[] flipped, string[] depths) =>
        [.. from scenario in AttackScenario.All
            from depth in BothDepths
            select $"{scenario.Name}@{depth}=" + (flipped.Contains(scenario.Name) && depths.Contains(depth) ? Verdict.Violated : scenario.Expected)];

    [Test]
    public void The_campaigns_swaps_are_the_blackboards_defences_each_switching_off_only_itself()
    {
        Assert.That(Defences().Select(data => (string)data.Arguments[0]!), Is.EquivalentTo(BlackboardDefences.Names));
        Assert.That(Campaigns.Committed.Swaps, Is.EqualTo(BlackboardDefences.Names));
        Assert.That(Campaigns.Committed.Swaps.Select(swap => ((AttackCampaign)Campaigns.Committed.Swapped(swap)).Defences.Off()),
            Is.EqualTo(BlackboardDefences.Names.Select(name => new[] { name })));
        Assert.Throws<ArgumentException>(() => Campaigns.Committed.Swapped("firewall"));
    }
}
