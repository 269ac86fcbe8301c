using System.Numerics;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld;

/// <summary>A ground-truth rollout (docs/network-world.md, The loop): a driver seeded with <c>Random(seed)</c> samples
/// each action against the oracle's state, and the oracle takes the next step.</summary>
public static class NetworkRollout
{
    /// <summary>The first <paramref name="steps"/> steps: each action with its transition.</summary>
    public static IReadOnlyList<(NetAction Action, NetTransition Transition)> Run(NetworkConfig config, string driverName, BigInteger seed, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var driver = new NetworkDriver(driverName, config, seed);
        NetworkState state = NetworkState.Initial(config);
        var trajectory = new List<(NetAction, NetTransition)>(steps);
        for (int t = 0; t < steps; t++)
        {
            NetAction action = driver.Sample(state);
            NetTransition transition = NetworkOracle.Step(state, action);
            trajectory.Add((action, transition));
            state = transition.Next;
        }
        return trajectory;
    }
}
