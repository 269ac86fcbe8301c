namespace Nexus.Experiments.Attacks;

/// <summary>One game-theoretic check: what was measured over the seed bank, against what, and whether it holds.</summary>
public sealed record GameResult(string Check, double Value, string Bound, bool Holds, string Detail);
