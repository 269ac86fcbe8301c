using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Scenarios.Exchange;

/// <summary>One scenario of a campaign: its attackers, and for intent spam the honest completion floor
/// and, optionally, the spam-rate sweep.</summary>
public sealed record ScenarioSpec(AttackScenario Scenario, IReadOnlyList<AgentSpec> Attackers, double Floor) : ICampaignScenario
{
    /// <summary>The spam-rate sweep (intent spam only), or null.</summary>
    public SpamSearchSpec? Sweep { get; init; }

    /// <inheritdoc />
    public string Name => Scenario.Name;

    /// <inheritdoc />
    public string Expected => Scenario.Expected;

    /// <inheritdoc />
    public IReadOnlyList<AgentGroup> Adversaries =>
        [.. Attackers.GroupBy(spec => spec.RoleName).Select(role => new AgentGroup(role.Key, role.Sum(spec => spec.Count)))];
}
