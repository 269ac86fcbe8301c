using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Worlds.Storage;

/// <summary>The inspector over the server-side states of a store set, at either depth.</summary>
internal sealed class StoreInspector(Func<string, string?> keyValue, Func<string, IReadOnlyList<string>> keyValueKeys,
    MemoryBlobStore blobs, MemoryObjectStore objects) : IStoreInspector
{
    public static StoreInspector Of(MemoryKeyValueStore keyValue, MemoryBlobStore blobs, MemoryObjectStore objects) =>
        new(keyValue.Read, keyValue.Keys, blobs, objects);

    public static StoreInspector Of(EventualKeyValue keyValue, MemoryBlobStore blobs, MemoryObjectStore objects) =>
        new(keyValue.ReadLatest, keyValue.LatestKeys, blobs, objects);

    public string? KeyValue(string key) => keyValue(key);

    public IReadOnlyList<string> KeyValueKeys(string prefix) => keyValueKeys(prefix);

    public byte[]? Blob(string key) => blobs.Read(key);

    public string ObjectState(string key) => objects.ReadState(key);

    public IReadOnlyList<string> ObjectKeys(string prefix) => objects.Keys(prefix);

    public event Action<IReadOnlyList<StateSwap>>? ObjectSwapsApplied
    {
        add => objects.Applied += value;
        remove => objects.Applied -= value;
    }
}
