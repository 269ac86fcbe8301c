using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>One depth-2 deployment: the server-side states of its stores, one boundary (connection)
/// per store and one for the commit channel, and the fault target they share. <see cref="Connect"/>
/// gives store sets that reach it; every set shares the boundaries, so requests from any of them queue
/// behind one another on the same keys.</summary>
public sealed class RemoteTarget
{
    private readonly TargetProfile _profile;
    private readonly StoreDefences _defences;
    private readonly RemoteBoundary _keyValueBoundary;
    private readonly RemoteBoundary _blobBoundary;
    private readonly RemoteBoundary _objectBoundary;
    private readonly RemoteBoundary _commitBoundary;

    /// <summary>The target of <paramref name="profile"/> on <paramref name="runtime"/>. Each boundary
    /// is named after its store under <paramref name="name"/>, so their draws come from separate
    /// streams; the shared <see cref="Faults"/> target is what a fault plan calls <paramref name="name"/>.
    /// The target keeps its <paramref name="defences"/> (all of them when not given).</summary>
    public RemoteTarget(ISimRuntime runtime, TargetProfile profile, string name = "stores", StoreDefences? defences = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
        _defences = defences ?? StoreDefences.All;
        Faults = new StoreFaults();
        KeyValueState = new EventualKeyValue(profile.KeyValueStaleWindow, runtime.Stream(name + "/staleness"), Faults);
        _keyValueBoundary = new RemoteBoundary(runtime, name + "/kv", profile.ColdStart, Faults);
        _blobBoundary = new RemoteBoundary(runtime, name + "/blob", profile.ColdStart, Faults);
        _objectBoundary = new RemoteBoundary(runtime, name + "/object", profile.ColdStart, Faults);
        _commitBoundary = new RemoteBoundary(runtime, name + "/commit", profile.ColdStart, Faults);
        Inspector = StoreInspector.Of(KeyValueState, Blobs, Objects);
    }

    /// <summary>The faults in force on every boundary of the target.</summary>
    public StoreFaults Faults { get; }

    /// <summary>The key-value state, shared by the key-value store and the commit channel.</summary>
    public EventualKeyValue KeyValueState { get; }

    /// <summary>The blob store's state.</summary>
    public MemoryBlobStore Blobs { get; } = new();

    /// <summary>The object store's state.</summary>
    public MemoryObjectStore Objects { get; } = new();

    /// <summary>Reads the latest applied state past every boundary.</summary>
    public IStoreInspector Inspector { get; }

    /// <summary>A store set that reaches the target. Its client gives up on a request
    /// <paramref name="timeout"/> after sending it, and the target drops a request that reaches it
    /// later; without one, each operation's timeout in the profile.</summary>
    public StoreSet Connect(SimDuration? timeout = null) =>
        new(
            new RemoteKeyValueStore(_keyValueBoundary, Within(_profile.KeyValue, timeout), KeyValueState),
            new RemoteBlobStore(_blobBoundary, Within(_profile.Blob, timeout), Blobs),
            _defences.PerKeySerialization
                ? new RemoteObjectStore(_objectBoundary, Within(_profile.Object, timeout), Objects)
                : new SplitSwapObjectStore(_objectBoundary, Within(_profile.Object, timeout), Objects),
            new RemoteKeyValueStore(_commitBoundary, Within(_profile.KeyValue, timeout), KeyValueState))
        {
            Inspector = Inspector,
            Faults = Faults,
        };

    private static OperationProfile Within(OperationProfile operation, SimDuration? timeout) =>
        timeout is { } given ? operation with { Timeout = given } : operation;
}
