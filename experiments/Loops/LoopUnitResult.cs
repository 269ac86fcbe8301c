namespace Nexus.Experiments.Loops;

/// <summary>What a loop sweep keeps of one unit: the faithful horizon at every ε (in the config's order)
/// and the oracle bits spent.</summary>
public sealed record LoopUnitResult(IReadOnlyList<double> Horizons, double OracleBits);
