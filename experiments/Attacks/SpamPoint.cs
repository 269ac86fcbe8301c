namespace Nexus.Experiments.Attacks;

/// <summary>Honest agents at one spam rate and depth, with or without the throttle Hint, averaged over the sweep's seeds.</summary>
public sealed record SpamPoint(string Depth, double Rate, bool Throttled, double Completion, double Throughput);
