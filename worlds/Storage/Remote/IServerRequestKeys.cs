namespace Nexus.Worlds.Storage.Remote;

/// <summary>The keys the target serializes a request on.</summary>
public interface IServerRequestKeys
{
    /// <summary>How many keys the target serializes this request on (0 for none).</summary>
    int SerializedKeyCount { get; }

    /// <summary>The serialized key at <paramref name="index"/>.</summary>
    string SerializedKey(int index);
}
