using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>A world model the loop consults before the oracle: it maps (state, action) to a predicted
/// delta and an uncertainty signal. The loop never knows which one it holds.</summary>
public interface IProposer
{
    /// <summary>The prediction for <paramref name="action"/> from <paramref name="state"/>.</summary>
    Proposal Propose(NetworkState state, NetAction action);
}
