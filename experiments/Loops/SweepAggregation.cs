using Nexus.Experiments.Configuration;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.Statistics;

namespace Nexus.Experiments.Loops;

/// <summary>What every world's sweep shares: its units, every (proposer, mode, ρ, rollout) in that order;
/// the horizon at every ε of each; and each (proposer, mode, ε, ρ) cell aggregated with the bootstrap.
/// Rows come out in (proposer and mode as configured, ε, ρ) order and each cell's values in rollout
/// order, so the output is a pure function of the config and the code.</summary>
internal static class SweepAggregation
{
    public static IReadOnlyList<LoopUnit> Units(LoopSweepConfig config, int rolloutCount) =>
        [.. from proposer in config.Proposers from mode in config.Modes from rho in config.Rhos from rollout in Enumerable.Range(0, rolloutCount)
            select new LoopUnit(proposer, mode, rho, rollout)];

    public static LoopUnitResult Result(LoopSweepConfig config, LoopRecord record) =>
        new([.. config.Epsilons.Select(epsilon => NetworkMetrics.FaithfulHorizon(record.Divergences, epsilon))], record.OracleBits);

    /// <summary>The rows, from the results of <see cref="Units"/> in order.</summary>
    public static IReadOnlyList<HorizonRow> Aggregate(LoopSweepConfig config, IReadOnlyList<LoopUnitResult> results)
    {
        int perCell = results.Count / (config.Proposers.Count * config.Modes.Count * config.Rhos.Count);
        var rows = new List<HorizonRow>();
        int next = 0;
        foreach (ProposerSpec proposer in config.Proposers)
        {
            foreach (string mode in config.Modes)
            {
                var horizons = config.Epsilons.Select(_ => config.Rhos.ToDictionary(rho => rho, _ => new List<double>())).ToArray();
                var bits = config.Rhos.ToDictionary(rho => rho, _ => new List<double>());
                foreach (double rho in config.Rhos)
                {
                    foreach (LoopUnitResult result in results.Skip(next).Take(perCell))
                    {
                        for (int e = 0; e < config.Epsilons.Count; e++)
                        {
                            horizons[e][rho].Add(result.Horizons[e]);
                        }
                        bits[rho].Add(result.OracleBits);
                    }
                    next += perCell;
                }
                foreach ((double epsilon, int e) in config.Epsilons.Select((epsilon, e) => (epsilon, e)).OrderBy(pair => pair.epsilon))
                {
                    foreach (double rho in config.Rhos.Order())
                    {
                        BootstrapInterval interval = BootstrapInterval.Of(horizons[e][rho], config.Resamples, config.Alpha, config.BootstrapSeed);
                        rows.Add(new HorizonRow(proposer.Label, mode, epsilon, rho, perCell, interval.Mean, interval.Low, interval.High,
                            ExactSum.Of(bits[rho]) / bits[rho].Count));
                    }
                }
            }
        }
        return rows;
    }
}
