using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>Predicts nothing: the empty delta, signal 0. Its coupled state never changes on its own.</summary>
public sealed class NullProposer : IProposer
{
    /// <inheritdoc />
    public Proposal Propose(NetworkState state, NetAction action) => new([], 0.0);
}
