using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2: the depth-1 blob store behind the boundary; strongly consistent.</summary>
public sealed class RemoteBlobStore(RemoteBoundary boundary, OperationProfile operation, MemoryBlobStore state) : IBlobStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult> PutAsync(string key, ReadOnlyMemory<byte> content)
    {
        StoreKeys.Require(key);
        // The client's buffer may change while the request is in flight.
        return boundary.SendAsync(operation, false, new Write(state, key, content.ToArray()));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<byte[]?>> GetAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync<Read, byte[]?>(operation, false, new Read(state, key));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.SendAsync(operation, false, new Write(state, key, null));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return boundary.CallAsync<List, IReadOnlyList<string>>(operation, false, new List(state, prefix));
    }

    private readonly record struct Read(MemoryBlobStore State, string Key) : IServerRequest<byte[]?>
    {
        public int SerializedKeyCount => 0;

        public string SerializedKey(int index) => Key;

        public byte[]? Apply(SimTime now) => State.Read(Key);
    }

    /// <summary>Puts <see cref="Content"/>, or deletes when it is null.</summary>
    private readonly record struct Write(MemoryBlobStore State, string Key, byte[]? Content) : IServerRequest<bool>
    {
        public int SerializedKeyCount => 0;

        public string SerializedKey(int index) => Key;

        public bool Apply(SimTime now)
        {
            if (Content is null)
            {
                State.Remove(Key);
            }
            else
            {
                State.Write(Key, Content);
            }
            return true;
        }
    }

    private readonly record struct List(MemoryBlobStore State, string Prefix) : IServerRequest<IReadOnlyList<string>>
    {
        public int SerializedKeyCount => 0;

        public string SerializedKey(int index) => Prefix;

        public IReadOnlyList<string> Apply(SimTime now) => State.Keys(Prefix);
    }
}
