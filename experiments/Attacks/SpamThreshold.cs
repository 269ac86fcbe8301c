namespace Nexus.Experiments.Attacks;

/// <summary>Where honest throughput at a depth first falls below the floor, the throttle Hint emitted
/// there, and the throughput with it at every rate from the threshold up.</summary>
public sealed record SpamThreshold(string Depth, double Floor, double? Rate, string? Hint, bool Recovered);
