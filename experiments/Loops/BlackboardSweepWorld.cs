using Nexus.Experiments.Configuration;
using Nexus.Oracle.Blackboard;
using Nexus.Oracle.Loop;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Experiments.Loops;

/// <summary>The loop sweep on the blackboard world: per seed, one rollout of the seeded multi-agent
/// workload; full consultation only. Its proposers: null, oracle-backed, and noisy (the oracle's delta
/// with each edit dropped at the configured probability).</summary>
public sealed class BlackboardSweepWorld : ILoopSweepWorld
{
    /// <inheritdoc />
    public string Name => "blackboard";

    /// <inheritdoc />
    public IReadOnlyList<string> ProposerKinds { get; } = ["null", "oracle", "noisy"];

    /// <inheritdoc />
    public IReadOnlyList<string> Modes { get; } = ["full"];

    /// <inheritdoc />
    public LoopWorldSize ReadSize(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        int agents = section.Integer("agents", 2, 1_000);
        section.RejectUnknownKeys();
        return new LoopWorldSize(agents, 0, 0, []);
    }

    /// <inheritdoc />
    public ILoopRollouts Prepare(LoopSweepConfig config) => new Rollouts(this, config);

    /// <summary>One rollout per seed, each generated once when first run.</summary>
    private sealed class Rollouts : ILoopRollouts
    {
        private readonly BlackboardSweepWorld _world;
        private readonly LoopSweepConfig _config;
        private readonly BlackboardLimits _limits = new();
        private readonly BlackboardLoopWorld _loop;
        private readonly Lazy<(int Seed, IReadOnlyList<BlackboardAction> Actions)>[] _rollouts;

        public Rollouts(BlackboardSweepWorld world, LoopSweepConfig config)
        {
            ArgumentNullException.ThrowIfNull(config);
            _world = world;
            _config = config;
            _loop = new BlackboardLoopWorld(_limits);
            BlackboardLimits limits = _limits;
            _rollouts = [.. config.Seeds.Select(seed => new Lazy<(int, IReadOnlyList<BlackboardAction>)>(() => (seed, BlackboardRollout.Actions((ulong)seed, config.Agents, config.Steps, limits))))];
        }

        public int Count => _rollouts.Length;

        public LoopRecord Run(ProposerSpec proposer, string mode, double rho, int rollout)
        {
            (int seed, IReadOnlyList<BlackboardAction> actions) = _rollouts[rollout].Value;
            IConsultationPolicy policy = ConsultationPolicyNames.Create(_config.Policy, rho, seed,
                () => WorldLoop.UnaidedSignals(_loop, _world.Proposer(proposer, _limits, seed), BlackboardState.Empty, actions));
            return WorldLoop.Run(_loop, _world.Proposer(proposer, _limits, seed), BlackboardState.Empty, actions, policy, Budget.Of(rho, _config.Steps));
        }

        public void Dispose()
        {
        }
    }

    /// <summary>The one place this world builds its proposers; an unknown kind throws, naming it.</summary>
    private Func<BlackboardState, BlackboardAction, LoopProposal<BlackboardDelta>> Proposer(ProposerSpec spec, BlackboardLimits limits, int seed) =>
        spec.Kind switch
        {
            "null" => BlackboardProposers.Null,
            "oracle" => BlackboardProposers.OracleBacked(limits),
            "noisy" => BlackboardProposers.Noisy(limits, spec.Probability, unchecked((ulong)spec.Seed * 1_000_003UL + (ulong)seed)),
            _ => throw new ArgumentException($"the {Name} world has no proposer '{spec.Kind}' (known: {string.Join(", ", ProposerKinds)})", nameof(spec)),
        };
}
