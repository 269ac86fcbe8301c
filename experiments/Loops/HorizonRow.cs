using CsvHelper.Configuration.Attributes;

namespace Nexus.Experiments.Loops;

/// <summary>One row of a loop sweep's CSV: a (proposer, mode, ε, ρ) cell over every rollout, with the mean
/// faithful horizon, its percentile bootstrap interval and the mean oracle bits.</summary>
public sealed record HorizonRow(
    [property: Name("proposer")] string Proposer,
    [property: Name("mode")] string Mode,
    [property: Name("epsilon")] double Epsilon,
    [property: Name("rho")] double Rho,
    [property: Name("rollouts")] int Rollouts,
    [property: Name("horizon_mean")] double HorizonMean,
    [property: Name("horizon_low")] double HorizonLow,
    [property: Name("horizon_high")] double HorizonHigh,
    [property: Name("oracle_bits_mean")] double OracleBitsMean);
