using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Actions;

namespace Nexus.Tests.Attacks;

/// <summary>Sybil: Facts read per Fact contributed never exceeds the contract ratio, for one identity
/// or a thousand; each identity's admissions bound what all of them extract together.</summary>
public sealed class SybilRatioTests
{
    [TestCase(1, 40)]
    [TestCase(10, 35)]
    [TestCase(100, 4)]
    [TestCase(1000, 2)]
    public void Facts_read_per_fact_contributed_stay_within_the_ratio(int identities, int actions)
    {
        // One Fact per identity is admitted, so each identity's second exchange meets the rate limit.
        AttackCampaign campaign = Campaigns.FirstSeeds(1) with
        {
            Depths = [Campaigns.Committed.Depths[0]],
            Hints = ["max-facts-per-agent:" + (identities >= 100 ? 1 : 25)],
            Scenarios = [Sybil(identities, actions)],
        };
        CellVerdict cell = Campaigns.Run(campaign).Single();
        Assert.That(cell.Verdict, Is.EqualTo("RATE-LIMITED"), cell.FirstFailure?.ToString());
        AttackRunResult run = AttackRun.Run(campaign, campaign.Scenarios[0], campaign.Depths[0], campaign.Seeds[0]);
        var sybils = run.Attackers.Select(agent => agent.Id).ToHashSet();
        Assert.That(sybils, Has.Count.EqualTo(identities));
        HistoryEntry[] exchanges = [.. run.History.Where(e => e.Action is ExchangeAction && sybils.Contains(e.Action.Agent))];
        int contributed = exchanges.Count(e => e.Commit > 0);
        int read = exchanges.Sum(e => e.Outcome.FactIds.Count);
        Assert.That(contributed, Is.GreaterThan(0));
        Assert.That(read, Is.GreaterThan(0).And.LessThanOrEqualTo(run.Limits.ContractRatio * contributed));
        Assert.That(exchanges.Count(e => e.Outcome.Error == BlackboardError.RateLimited), Is.GreaterThan(0));
    }

    private static ScenarioSpec Sybil(int identities, int actions)
    {
        ScenarioSpec committed = Campaigns.Committed.Scenarios.Single(s => s.Scenario.Name == "sybil");
        return committed with { Attackers = [committed.Attackers[0] with { Count = identities, Actions = actions }] };
    }
}
