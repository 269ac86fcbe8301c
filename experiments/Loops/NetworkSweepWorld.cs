using Nexus.Experiments.Configuration;
using Nexus.Oracle.Loop;
using Nexus.Oracle.NetworkWorld;
using Nexus.Oracle.NetworkWorld.Loop;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Experiments.Loops;

/// <summary>The loop sweep on the network world: per driver and seed, one rollout. Its proposers: null,
/// oracle-backed, rules, noisy, learned (trained once, before the sweep, on its own seeds) and
/// external (one process serves the whole sweep: each request carries its state). Its modes: full
/// consultation, and probes chosen round-robin or at random.</summary>
public sealed class NetworkSweepWorld : ILoopSweepWorld
{
    /// <inheritdoc />
    public string Name => "network";

    /// <inheritdoc />
    public IReadOnlyList<string> ProposerKinds { get; } = ["null", "oracle", "rules", "noisy", "learned", "external"];

    /// <inheritdoc />
    public IReadOnlyList<string> Modes { get; } = ["full", "probe-round-robin", "probe-random"];

    /// <inheritdoc />
    public LoopWorldSize ReadSize(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        int hosts = section.Integer("hosts", 2, 10_000);
        int ports = section.Integer("ports", 1, 10_000);
        IReadOnlyList<string> drivers = section.DistinctTexts("drivers");
        foreach (string driver in drivers.Where(d => !NetworkDriver.Names.Contains(d)))
        {
            throw section.ErrorAt("drivers", $"unknown driver '{driver}' (known: {string.Join(", ", NetworkDriver.Names)})");
        }
        section.RejectUnknownKeys();
        return new LoopWorldSize(0, hosts, ports, drivers);
    }

    /// <inheritdoc />
    public ILoopRollouts Prepare(LoopSweepConfig config) => new Rollouts(this, config);

    /// <summary>The driver-major rollouts, each generated once when first run; the learned proposers
    /// trained, and the external ones started, when first needed.</summary>
    private sealed class Rollouts : ILoopRollouts
    {
        private readonly NetworkSweepWorld _world;
        private readonly LoopSweepConfig _config;
        private readonly NetworkConfig _network;
        private readonly Lazy<(int Seed, NetAction[] Actions)>[] _rollouts;
        private readonly Dictionary<ProposerSpec, Lazy<ExternalProposer>> _externals;
        private readonly Dictionary<ProposerSpec, Lazy<LearnedProposer>> _learned;

        public Rollouts(NetworkSweepWorld world, LoopSweepConfig config)
        {
            ArgumentNullException.ThrowIfNull(config);
            _world = world;
            _config = config;
            _network = NetworkConfig.Scaled(config.Hosts, config.Ports);
            NetworkConfig network = _network;
            _rollouts = [.. from driver in config.Drivers from seed in config.Seeds
                            select new Lazy<(int, NetAction[])>(() => (seed, NetworkRollout.Run(network, driver, seed, config.Steps).Select(s => s.Action).ToArray()))];
            _externals = config.Proposers.Where(spec => spec.Kind == "external")
                .ToDictionary(spec => spec, spec => new Lazy<ExternalProposer>(() => new ExternalProposer(spec.Command, spec.Timeout, Environment.CurrentDirectory)));
            _learned = config.Proposers.Where(spec => spec.Kind == "learned").ToDictionary(spec => spec,
                spec => new Lazy<LearnedProposer>(() => LearnedProposer.Train(network, Enumerable.Range(spec.Seed, spec.TrainingSeeds), spec.TrainingSteps)));
        }

        public int Count => _rollouts.Length;

        public LoopRecord Run(ProposerSpec proposer, string mode, double rho, int rollout)
        {
            (int seed, NetAction[] actions) = _rollouts[rollout].Value;
            return _world.RunOne(_config, _network, proposer, mode, rho, seed, actions, _externals, _learned);
        }

        public void Dispose()
        {
            foreach (Lazy<ExternalProposer> external in _externals.Values.Where(external => external.IsValueCreated))
            {
                external.Value.Dispose();
            }
        }
    }

    private LoopRecord RunOne(LoopSweepConfig config, NetworkConfig network, ProposerSpec spec, string mode, double rho, int seed, NetAction[] actions,
        Dictionary<ProposerSpec, Lazy<ExternalProposer>> externals, Dictionary<ProposerSpec, Lazy<LearnedProposer>> learned)
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
        Dictionary<ProposerSpec, Lazy<ExternalProposer>> externals, Dictionary<ProposerSpec, Lazy<LearnedProposer>> learned) => spec.Kind switch
    {
        "null" => new NullProposer(),
        "oracle" => new OracleBackedProposer(),
        "rules" => new RuleProposer(),
        "noisy" => new NoisyProposer(network, spec.Probability, unchecked(spec.Seed * 1_000_003 + seed)),
        "learned" => learned[spec].Value,
        "external" => externals[spec].Value,
        _ => throw new ArgumentException($"the {Name} world has no proposer '{spec.Kind}' (known: {string.Join(", ", ProposerKinds)})", nameof(spec)),
    };
}
