using Nexus.Experiments.Configuration;
using Nexus.Oracle.Blackboard;
using Nexus.Oracle.Loop;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Experiments.Loops;

/// <summary>The loop sweep on the blackboard world: per seed, one rollout of the seeded multi-agent
/// workload; full consultation only. Its proposers: null, oracle-backed, and noisy (the oracle's delta
/// with each edit dropped at the configured probability).</summary>
public sealed class BlackboardSweep : ILoopSweepWorld
{
    /// <inheritdoc />
    public string Name => "blackboard";

    /// <inheritdoc />
    public IReadOnlyList<string> ProposerKinds { get; } = ["null", "oracle", "noisy"];

    /// <inheritdoc />
    public IReadOnlyList<string> Modes { get; } = ["full"];

    /// <inheritdoc />
    public IReadOnlyList<HorizonRow> Run(LoopSweepConfig config, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        var limits = new BlackboardLimits();
        var world = new BlackboardLoopWorld(limits);
        var rollouts = config.Seeds.Select(seed => (Seed: seed, Actions: BlackboardRollout.Actions((ulong)seed, config.Agents, config.Steps, limits))).ToList();
        return SweepAggregation.Aggregate(config, rollouts.Count, progress, (spec, _, rho, index) =>
        {
            var (seed, actions) = rollouts[index];
            IConsultationPolicy policy = ConsultationPolicyNames.Create(config.Policy, rho, seed,
                () => WorldLoop.UnaidedSignals(world, Proposer(spec, limits, seed), BlackboardState.Empty, actions));
            return WorldLoop.Run(world, Proposer(spec, limits, seed), BlackboardState.Empty, actions, policy, Budget.Of(rho, config.Steps));
        });
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
