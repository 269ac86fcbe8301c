using Nexus.Engine;
using Nexus.Engine.Randomness;
using Nexus.Oracle.Loop;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>Proposers for the blackboard world: null (predicts no change), oracle-backed (the oracle's
/// delta), and noisy (the oracle's delta with each edit dropped with probability p, seeded).</summary>
public static class BlackboardProposers
{
    /// <summary>Predicts no change; signal 0.</summary>
    public static Func<BlackboardState, BlackboardAction, LoopProposal<BlackboardDelta>> Null { get; } =
        (_, _) => new LoopProposal<BlackboardDelta>(new BlackboardDelta([]), 0.0);

    /// <summary>Predicts the oracle's delta; signal 0.</summary>
    public static Func<BlackboardState, BlackboardAction, LoopProposal<BlackboardDelta>> OracleBacked(BlackboardLimits limits) =>
        (state, action) => new LoopProposal<BlackboardDelta>(BlackboardOracle.Step(state, action, limits).Delta, 0.0);

    /// <summary>Drops each of the oracle's edits with probability <paramref name="probability"/>; signal 0.</summary>
    public static Func<BlackboardState, BlackboardAction, LoopProposal<BlackboardDelta>> Noisy(BlackboardLimits limits, double probability, ulong seed)
    {
        var drop = new Probability(probability);
        var random = new SimRandom(seed);
        return (state, action) => new LoopProposal<BlackboardDelta>(new BlackboardDelta(
            [.. BlackboardOracle.Step(state, action, limits).Delta.Edits.Where(_ => !random.Chance(drop))]), 0.0);
    }
}
