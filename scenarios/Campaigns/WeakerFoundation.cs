namespace Nexus.Scenarios.Campaigns;

/// <summary>One weaker foundation of a campaign world's gap report: what it lacks, whether a change of
/// the world's orchestration could make up for it (and why), and the world on it, on the seeds the
/// report runs.</summary>
public sealed record WeakerFoundation(string Name, string MissingCapability, bool OrchestrationCanFix, string Reason, ICampaignWorld World);
