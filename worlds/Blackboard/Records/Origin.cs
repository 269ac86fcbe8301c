namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Where a Fact comes from: the asset observed and when (virtual nanoseconds).</summary>
public sealed record Origin(string AssetId, long Timestamp);
