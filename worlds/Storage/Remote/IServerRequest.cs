using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>What a request does at the emulated server, as a struct, so sending one allocates no
/// closure: the keys the target serializes it on, and the work applied at its instant.</summary>
public interface IServerRequest<out T> : IServerRequestKeys
{
    /// <summary>Applies the request at virtual time <paramref name="now"/> and returns its answer.</summary>
    T Apply(SimTime now);
}
