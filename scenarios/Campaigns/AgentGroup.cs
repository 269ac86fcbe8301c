namespace Nexus.Scenarios.Campaigns;

/// <summary>Agents of one role in a campaign world's runs: honest ones beside every scenario
/// (<see cref="ICampaignWorld.HonestAgents"/>), or a scenario's adversaries (<see cref="ICampaignScenario.Adversaries"/>).</summary>
public sealed record AgentGroup(string Role, int Count)
{
    /// <summary>"ROLE x COUNT".</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Role} x {Count}");
}
