using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Tests.Attacks;

/// <summary>No vacuous pass: a cell whose attacker never acted, or whose honest agents did nothing, is
/// an ERROR naming why, in every scenario and at both depths, never its expected verdict.</summary>
public sealed class VacuityTests
{
    public static IEnumerable<TestCaseData> Scenarios() => AttackScenario.All.Select(s => new TestCaseData(s.Name).SetArgDisplayNames(s.Name));

    [TestCaseSource(nameof(Scenarios))]
    public void A_silent_attacker_makes_the_cell_an_error(string scenario)
    {
        AttackCampaign campaign = Only(scenario, spec => spec with { Attackers = [.. spec.Attackers.Select(a => a with { Actions = 0 })] });
        AssertErrors(campaign, "the attacker never acted");
    }

    [TestCaseSource(nameof(Scenarios))]
    public void Idle_honest_agents_make_the_cell_an_error(string scenario)
    {
        AttackCampaign campaign = Only(scenario, spec => spec) with { Honest = Campaigns.Committed.Honest with { Actions = 0 } };
        // A replayer replays the honest agents' Facts: with none to replay, it never acts either.
        bool onlyReplayers = campaign.Scenarios.Single().Attackers.All(attacker => attacker.Role == AgentRole.Replayer);
        AssertErrors(campaign, onlyReplayers ? "the attacker never acted" : "the honest agents did nothing");
    }

    [Test]
    public void A_sybil_cell_whose_identities_never_reach_the_rate_limit_is_an_error()
    {
        AttackCampaign campaign = Only("sybil", spec => spec with { Attackers = [.. spec.Attackers.Select(a => a with { Actions = 2 })] });
        AssertErrors(campaign, "the rate limit never engaged");
    }

    [Test]
    public void A_run_with_no_trace_is_an_error_whatever_its_scenario()
    {
        AttackCampaign campaign = Campaigns.FirstSeeds(1);
        var empty = new AttackRunResult(campaign.Scenarios[0], campaign.Depths[0], 1, new Nexus.Oracle.Blackboard.ConformanceReport(0, 0, null, "no step"),
            [], [], [], new Dictionary<long, Nexus.Worlds.Blackboard.Records.BlackboardState>(), [], new(), "");
        Assert.That(ScenarioChecks.Evaluate(empty).Vacuity, Does.Contain("evidence is missing"));
    }

    private static AttackCampaign Only(string scenario, Func<ScenarioSpec, ScenarioSpec> change)
    {
        AttackCampaign campaign = Campaigns.FirstSeeds(2);
        return campaign with { Scenarios = [change(campaign.Scenarios.Single(s => s.Scenario.Name == scenario))] };
    }

    private static void AssertErrors(AttackCampaign campaign, string why)
    {
        IReadOnlyList<CellVerdict> cells = Campaigns.Run(campaign);
        Assert.That(cells, Has.Count.EqualTo(2));
        foreach (CellVerdict cell in cells)
        {
            Assert.That(cell.Verdict, Is.EqualTo(Verdict.Error), $"{cell.Depth.Name}: {cell.FirstFailure}");
            Assert.That(cell.FirstFailure!.Vacuity, Does.Contain(why));
        }
    }
}
