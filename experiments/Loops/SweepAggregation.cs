using Nexus.Experiments.Configuration;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.Statistics;

namespace Nexus.Experiments.Loops;

/// <summary>What every world's sweep shares: run every (proposer, mode, ρ, rollout), take the horizon at
/// every ε, and aggregate each (proposer, mode, ε, ρ) cell with the bootstrap. Rows come out in
/// (proposer and mode as configured, ε, ρ) order and each cell's values in rollout order, so the
/// output is a pure function of the config and the code.</summary>
internal static class SweepAggregation
{
    public static IReadOnlyList<HorizonRow> Aggregate(LoopSweepConfig config, int rolloutCount, Action<int, int> progress,
        Func<ProposerSpec, string, double, int, LoopRecord> runOne)
    {
        int total = config.Proposers.Count * config.Modes.Count * config.Rhos.Count * rolloutCount;
        int done = 0;
        var rows = new List<HorizonRow>();
        foreach (ProposerSpec proposer in config.Proposers)
        {
            foreach (string mode in config.Modes)
            {
                var horizons = config.Epsilons.ToDictionary(epsilon => epsilon, _ => config.Rhos.ToDictionary(rho => rho, _ => new List<double>()));
                var bits = config.Rhos.ToDictionary(rho => rho, _ => new List<double>());
                foreach (double rho in config.Rhos)
                {
                    for (int index = 0; index < rolloutCount; index++)
                    {
                        LoopRecord record = runOne(proposer, mode, rho, index);
                        foreach (double epsilon in config.Epsilons)
                        {
                            horizons[epsilon][rho].Add(NetworkMetrics.FaithfulHorizon(record.Divergences, epsilon));
                        }
                        bits[rho].Add(record.OracleBits);
                        progress(++done, total);
                    }
                }
                foreach (double epsilon in config.Epsilons.Order())
                {
                    foreach (double rho in config.Rhos.Order())
                    {
                        BootstrapInterval interval = BootstrapInterval.Of(horizons[epsilon][rho], config.Resamples, config.Alpha, config.BootstrapSeed);
                        rows.Add(new HorizonRow(proposer.Label, mode, epsilon, rho, rolloutCount, interval.Mean, interval.Low, interval.High,
                            ExactSum.Of(bits[rho]) / bits[rho].Count));
                    }
                }
            }
        }
        return rows;
    }
}
