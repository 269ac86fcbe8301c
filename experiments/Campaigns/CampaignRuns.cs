using System.Text.Json;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>What a full campaign's runs gave: the matrix's cells, the results of the world's own extra
/// units in order (<see cref="ICampaignExtras"/>), and the gap report's foundations (none without one).</summary>
public sealed record CampaignRuns(IReadOnlyList<CellVerdict> Cells, IReadOnlyList<JsonElement> Extras, IReadOnlyList<FoundationGap> Gaps);
