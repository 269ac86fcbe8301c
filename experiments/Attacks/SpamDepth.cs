namespace Nexus.Experiments.Attacks;

/// <summary>The spam sweep at one depth: its points, and its threshold.</summary>
public sealed record SpamDepth(IReadOnlyList<SpamPoint> Points, SpamThreshold Threshold);
