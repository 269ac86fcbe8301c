using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;
namespace Nexus.Experiments.Attacks;

/// <summary>What one unit of a campaign gave: a seed of a cell (of the matrix or of the gap report), or
/// the spam sweep at one depth.</summary>
public sealed record CampaignUnitResult(SeedRun? Run, SpamDepth? Spam);
