namespace Nexus.Scenarios.Campaigns;

/// <summary>Which cells and seeds of a campaign to run: all of them, or the one a replay command names.</summary>
public sealed record CampaignSelection(string? Scenario, string? Depth, int? Seed)
{
    /// <summary>Everything.</summary>
    public static CampaignSelection All { get; } = new(null, null, null);

    /// <summary>True when nothing is filtered out.</summary>
    public bool IsAll => Scenario is null && Depth is null && Seed is null;
}
