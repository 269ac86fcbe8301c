using Nexus.Experiments.Configuration;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Oracle.Statistics;
using Nexus.Worlds.NetworkWorld;
using Nexus.Oracle.Loop;

namespace Nexus.Experiments.Loops;

/// <summary>Runs a loop sweep: for every proposer, mode and ρ, every driver and seed's rollout through
/// the loop; the faithful horizon at every ε; then per (proposer, mode, ε, ρ) the mean with a bootstrap
/// interval. Rows come out in (proposer and mode as configured, ε, ρ) order and each cell's values in (driver, seed) order,
/// so the output is a pure function of the config and the code.</summary>
public static class LoopSweep
{
    /// <summary>Runs <paramref name="config"/>, reporting each finished rollout to <paramref name="progress"/> (done, total).</summary>
    public static IReadOnlyList<HorizonRow> Run(LoopSweepConfig config, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(progress);
        NetworkConfig network = NetworkConfig.Scaled(config.Hosts, config.Ports);
        var rollouts = (from driver in config.Drivers from seed in config.Seeds
                        select (Driver: driver, Seed: seed, Actions: NetworkRollout.Run(network, driver, seed, config.Steps).Select(s => s.Action).ToArray())).ToList();
        int total = config.Proposers.Count * config.Modes.Count * config.Rhos.Count * rollouts.Count;
        int done = 0;
        var rows = new List<HorizonRow>();
        // One process per external proposer serves the whole sweep: each request carries its state.
        var externals = config.Proposers.Where(spec => spec.Kind == "external")
            .ToDictionary(spec => spec, spec => new ExternalProposer(spec.Command, spec.Timeout, Environment.CurrentDirectory));
        // A learned proposer is trained once, before the sweep, on its own seeds (never the evaluation's).
        var learned = config.Proposers.Where(spec => spec.Kind == "learned").ToDictionary(spec => spec,
            spec => LearnedProposer.Train(network, Enumerable.Range(spec.Seed, spec.TrainingSeeds), spec.TrainingSteps));
        try
        {
            foreach (ProposerSpec proposer in config.Proposers)
            {
                foreach (string mode in config.Modes)
                {
                    var horizons = config.Epsilons.ToDictionary(epsilon => epsilon, _ => config.Rhos.ToDictionary(rho => rho, _ => new List<double>()));
                    var bits = config.Rhos.ToDictionary(rho => rho, _ => new List<double>());
                    foreach (double rho in config.Rhos)
                    {
                        foreach (var (_, seed, actions) in rollouts)
                        {
                            LoopRecord record = RunOne(config, network, proposer, mode, rho, seed, actions, externals, learned);
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
                            rows.Add(new HorizonRow(proposer.Label, mode, epsilon, rho, rollouts.Count, interval.Mean, interval.Low, interval.High,
                                ExactSum.Of(bits[rho]) / bits[rho].Count));
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (ExternalProposer external in externals.Values)
            {
                external.Dispose();
            }
        }
        return rows;
    }

    private static LoopRecord RunOne(LoopSweepConfig config, NetworkConfig network, ProposerSpec spec, string mode, double rho, int seed, NetAction[] actions,
        Dictionary<ProposerSpec, ExternalProposer> externals, Dictionary<ProposerSpec, LearnedProposer> learned)
    {
        IProposer Create() => spec.Kind switch
        {
            "external" => externals[spec],
            "learned" => learned[spec],
            _ => CreateInProcess(spec, network, seed),
        };
        NetworkState initial = NetworkState.Initial(network);
        IConsultationPolicy policy = config.Policy switch
        {
            "never" => ConsultationPolicies.Never,
            "fixed" => ConsultationPolicies.FixedInterval(rho),
            "bernoulli" => ConsultationPolicies.Bernoulli(rho, seed),
            "uncertainty" => ConsultationPolicies.UncertaintyTriggered(ConsultationPolicies.CalibrateUncertainty(Signals(Create(), initial, actions), rho)),
            _ => ConsultationPolicies.DriftTriggered(ConsultationPolicies.CalibrateDrift(Signals(Create(), initial, actions), rho)),
        };
        IProbePolicy? probe = mode switch
        {
            "probe-round-robin" => new RoundRobinProbe(network),
            "probe-random" => new RandomProbe(network, seed),
            _ => null,
        };
        ConsultMode consult = probe is null ? ConsultMode.Full : ConsultMode.Probe;
        return LoopRunner.Run(Create(), initial, actions, policy, Budget.Of(rho, config.Steps), consult, probe);
    }

    /// <summary>The proposer's signals along the unaided trajectory (spec 9.4): a fresh in-process instance, or the external process (whose answers depend on the request only).</summary>
    private static double[] Signals(IProposer proposer, NetworkState initial, NetAction[] actions)
    {
        NetworkState state = initial;
        var signals = new double[actions.Length];
        for (int t = 0; t < actions.Length; t++)
        {
            Proposal proposal = proposer.Propose(state, actions[t]);
            signals[t] = proposal.Signal;
            state = NetDelta.Apply(state, proposal.Delta);
        }
        return signals;
    }

    private static IProposer CreateInProcess(ProposerSpec spec, NetworkConfig network, int seed) => spec.Kind switch
    {
        "null" => new NullProposer(),
        "oracle" => new OracleBackedProposer(),
        "rules" => new RuleProposer(),
        _ => new NoisyProposer(network, spec.Probability, unchecked(spec.Seed * 1_000_003 + seed)),
    };
}
