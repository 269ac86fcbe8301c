using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2: the depth-1 object store behind the boundary. The target serializes requests per
/// key (like a Durable Object), so compare-and-swaps on one key are applied one at a time.</summary>
public sealed class RemoteObjectStore(RemoteBoundary boundary, OperationProfile operation, MemoryObjectStore state) : IObjectStore
{
    /// <inheritdoc />
    public Task<StoreResult<string>> GetStateAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync<Read, string>(operation, false, new Read(state, key)).AsTask();
    }

    /// <inheritdoc />
    public Task<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) =>
        PutStatesAsync([new StateSwap(key, expected, newState)]);

    /// <inheritdoc />
    public Task<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StateSwap[] copy = StateSwap.Validate(swaps, nameof(swaps));
        return boundary.CallAsync<Swap, bool>(operation, true, new Swap(state, copy)).AsTask();
    }

    private readonly record struct Read(MemoryObjectStore State, string Key) : IServerRequest<string>
    {
        public int SerializedKeyCount => 1;

        public string SerializedKey(int index) => Key;

        public string Apply(SimTime now) => State.ReadState(Key);
    }

    private readonly record struct Swap(MemoryObjectStore State, StateSwap[] Swaps) : IServerRequest<bool>
    {
        public int SerializedKeyCount => Swaps.Length;

        public string SerializedKey(int index) => Swaps[index].Key;

        public bool Apply(SimTime now) => State.ApplyValidated(Swaps);
    }
}
