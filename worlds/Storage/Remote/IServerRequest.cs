using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>The keys the target serializes a request on.</summary>
public interface IServerRequestKeys
{
    /// <summary>How many keys the target serializes this request on (0 for none).</summary>
    int SerializedKeyCount { get; }

    /// <summary>The serialized key at <paramref name="index"/>.</summary>
    string SerializedKey(int index);
}

/// <summary>What a request does at the emulated server, as a struct, so sending one allocates no
/// closure: the keys the target serializes it on, and the work applied at its instant.</summary>
public interface IServerRequest<out T> : IServerRequestKeys
{
    /// <summary>Applies the request at virtual time <paramref name="now"/> and returns its answer.</summary>
    T Apply(SimTime now);
}
