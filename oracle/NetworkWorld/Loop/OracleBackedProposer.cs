using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>Predicts the oracle's own delta, signal 0: a proposer that never drifts.</summary>
public sealed class OracleBackedProposer : IProposer
{
    /// <inheritdoc />
    public Proposal Propose(NetworkState state, NetAction action) => new(NetworkOracle.Step(state, action).Delta, 0.0);
}
