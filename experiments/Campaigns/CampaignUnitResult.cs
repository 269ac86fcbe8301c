using System.Text.Json;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>What one unit of a campaign gave: a seed of a cell (of the matrix or of the gap report), or
/// one of the world's own extra units, as JSON (so shards carry any world's results).</summary>
public sealed record CampaignUnitResult(SeedRun? Run, JsonElement? Extra);
