using Nexus.Engine.Faults;
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

    /// <summary>The set's fault target for the fault timeline (outages, timeout storms, latency spikes,
    /// staleness windows); null at depth 1, which has no boundary to fail.</summary>
    public StoreFaults? Faults { get; init; }

    /// <summary>Depth 1: in-memory stores; the commit channel is the key-value store itself.</summary>
    public static StoreSet InProcess()
    {
        var keyValue = new MemoryKeyValueStore();
        var blobs = new MemoryBlobStore();
        var objects = new MemoryObjectStore();
        return new StoreSet(keyValue, blobs, objects, keyValue) { Inspector = StoreInspector.Of(keyValue, blobs, objects) };
    }

    /// <summary>Depth 2: the depth-1 stores behind boundaries to <paramref name="profile"/>'s target
    /// (<see cref="RemoteTarget"/>): each store and the commit channel has its own boundary, named after
    /// it under <paramref name="name"/>, so their latencies are drawn from separate streams. All of them
    /// share one <see cref="Faults"/> target, which a fault plan names <paramref name="name"/>. The target
    /// keeps its <paramref name="defences"/> (all of them when not given).</summary>
    public static StoreSet Remote(ISimRuntime runtime, TargetProfile profile, string name = "stores", StoreDefences? defences = null) =>
        new RemoteTarget(runtime, profile, name, defences).Connect();

    /// <summary>Draws seed <paramref name="seed"/>'s swarm of store faults (the default ranges) for this
    /// depth-2 set, as the fault target <c>stores</c>, and schedules it on <paramref name="runtime"/>.</summary>
    public FaultMix ApplySwarm(ISimRuntime runtime, ulong seed)
    {
        StoreFaults faults = Faults ?? throw new InvalidOperationException("swarm faults need depth-2 stores: give a profile");
        var targets = new FaultTargets().Add("stores", faults);
        FaultMix mix = FaultMix.Draw(seed, new SwarmRanges(), targets);
        mix.Apply(runtime, targets);
        return mix;
    }
}
