using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>A ground-truth blackboard rollout: the seeded driver samples each action against the
/// oracle's state, one every 250 ms of virtual time, with conclusions signed as they are made.</summary>
public static class BlackboardRollout
{
    /// <summary>The first <paramref name="steps"/> actions of the rollout of <paramref name="agents"/> agents seeded with <paramref name="seed"/>.</summary>
    public static IReadOnlyList<BlackboardAction> Actions(ulong seed, int agents, int steps, BlackboardLimits limits)
    {
        using var driver = new BlackboardDriver(seed, agents, limits);
        BlackboardState state = BlackboardState.Empty;
        var actions = new List<BlackboardAction>(steps);
        for (int t = 0; t < steps; t++)
        {
            BlackboardAction action = driver.Next(state, t * 250_000_000L, signConclusions: true);
            actions.Add(action);
            state = BlackboardOracle.Step(state, action, limits).State;
        }
        return actions;
    }
}
