using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;
namespace Nexus.Experiments.Attacks;

/// <summary>What a full campaign's runs gave: the matrix's cells, the spam sweep at each depth (none
/// without a spam sweep) and the gap report's foundations (none without one).</summary>
public sealed record CampaignRuns(IReadOnlyList<CellVerdict> Cells, IReadOnlyList<SpamDepth> Spam, IReadOnlyList<FoundationGap> Gaps);
