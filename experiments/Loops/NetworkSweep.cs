using Nexus.Experiments.Configuration;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Experiments.Loops;

/// <summary>The loop sweep on the network world: per driver and seed, one rollout. Its proposers: null,
/// oracle-backed, rules, noisy, learned (trained once, before the sweep, on its own seeds) and
/// external (one process serves the whole sweep: each request carries its state). Its modes: full
/// consultation, and probes chosen round-robin or at random.</summary>
public sealed class NetworkSweep : ILoopSweepWorld
{
    /// <inheritdoc />
    public string Name => "network";

    /// <inheritdoc />
    public IReadOnlyList<string> ProposerKinds { get; } = ["null", "oracle", "rules", "noisy", "learned", "external"];

    /// <inheritdoc />
    public IReadOnlyList<string> Modes { get; } = ["full", "probe-round-robin", "probe-random"];

    /// <inheritdoc />
    public IReadOnlyList<HorizonRow> Run(LoopSweepConfig config, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        NetworkConfig network = NetworkConfig.Scaled(config.Hosts, config.Ports);
        var rollouts = (from driver in config.Drivers from seed in config.Seeds
                        select (Seed: seed, Actions: NetworkRollout.Run(network, driver, seed, config.Steps).Select(s => s.Action).ToArray())).ToList();
        var externals = config.Proposers.Where(spec => spec.Kind == "external")
            .ToDictionary(spec => spec, spec => new ExternalProposer(spec.Command, spec.Timeout, Environment.CurrentDirectory));
        var learned = config.Proposers.Where(spec => spec.Kind == "learned").ToDictionary(spec => spec,
            spec => LearnedProposer.Train(network, Enumerable.Range(spec.Seed, spec.TrainingSeeds), spec.TrainingSteps));
        try
        {
            return SweepAggregation.Aggregate(config, rollouts.Count, progress, (proposer, mode, rho, index) =>
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

    private LoopRecord RunOne(LoopSweepConfig config, NetworkConfig network, ProposerSpec spec, string mode, double rho, int seed, NetAction[] actions,
        Dictionary<ProposerSpec, ExternalProposer> externals, Dictionary<ProposerSpec, LearnedProposer> learned)
    {
        IProposer Create() => Proposer(spec, network, seed, externals, learned);
        NetworkState initial = NetworkState.Initial(network);
        IConsultationPolicy policy = ConsultationPolicyNames.Create(config.Policy, rho, seed, () =>
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
            "full" => null,
            "probe-round-robin" => new RoundRobinProbe(network),
            "probe-random" => new RandomProbe(network, seed),
            _ => throw new ArgumentException($"the {Name} world has no mode '{mode}' (known: {string.Join(", ", Modes)})", nameof(mode)),
        };
        ConsultMode consult = probe is null ? ConsultMode.Full : ConsultMode.Probe;
        return LoopRunner.Run(Create(), initial, actions, policy, Budget.Of(rho, config.Steps), consult, probe);
    }

    /// <summary>The one place this world builds its proposers; an unknown kind throws, naming it.</summary>
    private IProposer Proposer(ProposerSpec spec, NetworkConfig network, int seed,
        Dictionary<ProposerSpec, ExternalProposer> externals, Dictionary<ProposerSpec, LearnedProposer> learned) => spec.Kind switch
    {
        "null" => new NullProposer(),
        "oracle" => new OracleBackedProposer(),
        "rules" => new RuleProposer(),
        "noisy" => new NoisyProposer(network, spec.Probability, unchecked(spec.Seed * 1_000_003 + seed)),
        "learned" => learned[spec],
        "external" => externals[spec],
        _ => throw new ArgumentException($"the {Name} world has no proposer '{spec.Kind}' (known: {string.Join(", ", ProposerKinds)})", nameof(spec)),
    };
}
