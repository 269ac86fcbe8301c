using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2: the depth-1 object store behind the boundary. The target serializes requests per
/// key (like a Durable Object), so compare-and-swaps on one key are applied one at a time.</summary>
public sealed class RemoteObjectStore(RemoteBoundary boundary, OperationProfile operation, MemoryObjectStore state) : IObjectStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult<string>> GetStateAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync<Read, string>(operation, false, new Read(state, key));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState)
    {
        StoreKeys.Require(key);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(newState);
        return boundary.CallAsync<SwapOne, bool>(operation, true, new SwapOne(state, new StateSwap(key, expected, newState)));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StateSwap[] copy = StateSwap.Validate(swaps, nameof(swaps));
        return boundary.CallAsync<Swap, bool>(operation, true, new Swap(state, copy));
    }

    private readonly record struct Read(MemoryObjectStore State, string Key) : IServerRequest<string>
    {
        public int SerializedKeyCount => 1;

        public string SerializedKey(int index) => Key;

        public string Apply(SimTime now) => State.ReadState(Key);
    }

    private readonly record struct SwapOne(MemoryObjectStore State, StateSwap Swap) : IServerRequest<bool>
    {
        public int SerializedKeyCount => 1;

        public string SerializedKey(int index) => Swap.Key;

        public bool Apply(SimTime now) => State.ApplyOne(Swap);
    }

    private readonly record struct Swap(MemoryObjectStore State, StateSwap[] Swaps) : IServerRequest<bool>
    {
        public int SerializedKeyCount => Swaps.Length;

        public string SerializedKey(int index) => Swaps[index].Key;

        public bool Apply(SimTime now) => State.ApplyValidated(Swaps);
    }
}
