using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Worlds.Storage;

/// <summary>One deployment's stores: key-value, blob, object, and the commit channel, a second way
/// into the same key-value state that only session flushes write through.</summary>
public sealed record StoreSet(IKeyValueStore KeyValue, IBlobStore Blob, IObjectStore Object, IKeyValueStore CommitChannel)
{
    /// <summary>Reads what the stores hold past any boundary, for checks; null when the set was built without one.</summary>
    public IStoreInspector? Inspector { get; init; }

    /// <summary>Depth 1: in-memory stores; the commit channel is the key-value store itself.</summary>
    public static StoreSet InProcess()
    {
        var keyValue = new MemoryKeyValueStore();
        var blobs = new MemoryBlobStore();
        var objects = new MemoryObjectStore();
        return new StoreSet(keyValue, blobs, objects, keyValue) { Inspector = StoreInspector.Of(keyValue, blobs, objects) };
    }

    /// <summary>Depth 2: the depth-1 stores behind boundaries to <paramref name="profile"/>'s target.
    /// Each store and the commit channel has its own boundary (connection), named after it under
    /// <paramref name="name"/>, so their latencies are drawn from separate streams.</summary>
    public static StoreSet Remote(VirtualRuntime runtime, TargetProfile profile, string name = "stores")
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(profile);
        var keyValueState = new EventualKeyValue(profile.KeyValueStaleWindow, runtime.Random.Fork(name + "/staleness"));
        var blobs = new MemoryBlobStore();
        var objects = new MemoryObjectStore();
        return new StoreSet(
            new RemoteKeyValueStore(Connect(runtime, profile, name + "/kv"), profile.KeyValue, keyValueState),
            new RemoteBlobStore(Connect(runtime, profile, name + "/blob"), profile.Blob, blobs),
            new RemoteObjectStore(Connect(runtime, profile, name + "/object"), profile.Object, objects),
            new RemoteKeyValueStore(Connect(runtime, profile, name + "/commit"), profile.KeyValue, keyValueState))
        {
            Inspector = StoreInspector.Of(keyValueState, blobs, objects),
        };
    }

    private static RemoteBoundary Connect(VirtualRuntime runtime, TargetProfile profile, string channel) =>
        new(runtime, channel, profile.ColdStart);
}
