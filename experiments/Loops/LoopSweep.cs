using Nexus.Experiments.Configuration;
using Nexus.Oracle.Blackboard;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Oracle.Statistics;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Experiments.Loops;

/// <summary>Runs a loop sweep on the network or the blackboard world: for every proposer, mode and ρ,
/// every rollout (network: per driver and seed; blackboard: per seed) through the same loop; the
/// faithful horizon at every ε; then per (proposer, mode, ε, ρ) the mean with a bootstrap interval.
/// Rows come out in (proposer and mode as configured, ε, ρ) order and each cell's values in rollout
/// order, so the output is a pure function of the config and the code.</summary>
public static class LoopSweep
{
    /// <summary>Runs <paramref name="config"/>, reporting each finished rollout to <paramref name="progress"/> (done, total).</summary>
    public static IReadOnlyList<HorizonRow> Run(LoopSweepConfig config, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(progress);
        return config.World == "blackboard" ? RunBlackboard(config, progress) : RunNetwork(config, progress);
    }

    private static IReadOnlyList<HorizonRow> RunNetwork(LoopSweepConfig config, Action<int, int> progress)
    {
        NetworkConfig network = NetworkConfig.Scaled(config.Hosts, config.Ports);
        var rollouts = (from driver in config.Drivers from seed in config.Seeds
                        select (Seed: seed, Actions: NetworkRollout.Run(network, driver, seed, config.Steps).Select(s => s.Action).ToArray())).ToList();
        // One process per external proposer serves the whole sweep: each request carries its state.
        var externals = config.Proposers.Where(spec => spec.Kind == "external")
            .ToDictionary(spec => spec, spec => new ExternalProposer(spec.Command, spec.Timeout, Environment.CurrentDirectory));
        // A learned proposer is trained once, before the sweep, on its own seeds (never the evaluation's).
        var learned = config.Proposers.Where(spec => spec.Kind == "learned").ToDictionary(spec => spec,
            spec => LearnedProposer.Train(network, Enumerable.Range(spec.Seed, spec.TrainingSeeds), spec.TrainingSteps));
        try
        {
            return Aggregate(config, rollouts.Count, progress, (proposer, mode, rho, index) =>
                RunOne(config, network, proposer, mode, rho, rollouts[index].Seed, rollouts[index].Actions, externals, learned));
        }
        finally
        {
            foreach (ExternalProposer external in externals.Values)
            {
                external.Dispose();
            }
        }
    }

    private static IReadOnlyList<HorizonRow> RunBlackboard(LoopSweepConfig config, Action<int, int> progress)
    {
        var limits = new BlackboardLimits();
        var world = new BlackboardLoopWorld(limits);
        var rollouts = config.Seeds.Select(seed => (Seed: seed, Actions: BlackboardRollout.Actions((ulong)seed, config.Agents, config.Steps, limits))).ToList();
        return Aggregate(config, rollouts.Count, progress, (spec, _, rho, index) =>
        {
            var (seed, actions) = rollouts[index];
            Func<BlackboardState, BlackboardAction, LoopProposal<BlackboardDelta>> Create() => spec.Kind switch
            {
                "null" => BlackboardProposers.Null,
                "oracle" => BlackboardProposers.OracleBacked(limits),
                _ => BlackboardProposers.Noisy(limits, spec.Probability, unchecked((ulong)spec.Seed * 1_000_003UL + (ulong)seed)),
            };
            IConsultationPolicy policy = Policy(config.Policy, rho, seed,
                () => WorldLoop.UnaidedSignals(world, Create(), BlackboardState.Empty, actions));
            return WorldLoop.Run(world, Create(), BlackboardState.Empty, actions, policy, Budget.Of(rho, config.Steps));
        });
    }

    /// <summary>Runs every (proposer, mode, ρ, rollout) through <paramref name="runOne"/>, takes the horizon at
    /// every ε, and aggregates each (proposer, mode, ε, ρ) cell with the bootstrap.</summary>
    private static IReadOnlyList<HorizonRow> Aggregate(LoopSweepConfig config, int rolloutCount, Action<int, int> progress,
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
        IConsultationPolicy policy = Policy(config.Policy, rho, seed, () =>
        {
            // A fresh instance (or the external process, whose answers depend on the request only).
            IProposer calibrating = Create();
            return WorldLoop.UnaidedSignals(NetworkLoopWorld.Instance, (state, action) =>
            {
                Proposal proposal = calibrating.Propose(state, action);
                return new LoopProposal<IReadOnlyList<NetEdit>>(proposal.Delta, proposal.Signal);
            }, initial, actions);
        });
        IProbePolicy? probe = mode switch
        {
            "probe-round-robin" => new RoundRobinProbe(network),
            "probe-random" => new RandomProbe(network, seed),
            _ => null,
        };
        ConsultMode consult = probe is null ? ConsultMode.Full : ConsultMode.Probe;
        return LoopRunner.Run(Create(), initial, actions, policy, Budget.Of(rho, config.Steps), consult, probe);
    }

    /// <summary>The consultation policy <paramref name="name"/> at <paramref name="rho"/>; the triggered ones
    /// are calibrated on the proposer's unaided <paramref name="signals"/> (spec section 9.4), in any world.</summary>
    private static IConsultationPolicy Policy(string name, double rho, int seed, Func<IReadOnlyList<double>> signals) => name switch
    {
        "never" => ConsultationPolicies.Never,
        "fixed" => ConsultationPolicies.FixedInterval(rho),
        "bernoulli" => ConsultationPolicies.Bernoulli(rho, seed),
        "uncertainty" => ConsultationPolicies.UncertaintyTriggered(ConsultationPolicies.CalibrateUncertainty(signals(), rho)),
        _ => ConsultationPolicies.DriftTriggered(ConsultationPolicies.CalibrateDrift(signals(), rho)),
    };

    private static IProposer CreateInProcess(ProposerSpec spec, NetworkConfig network, int seed) => spec.Kind switch
    {
        "null" => new NullProposer(),
        "oracle" => new OracleBackedProposer(),
        "rules" => new RuleProposer(),
        _ => new NoisyProposer(network, spec.Probability, unchecked(spec.Seed * 1_000_003 + seed)),
    };
}
