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
        return boundary.CallAsync(operation, [key], false, () => state.ReadState(key));
    }

    /// <inheritdoc />
    public Task<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) =>
        PutStatesAsync([new StateSwap(key, expected, newState)]);

    /// <inheritdoc />
    public Task<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StateSwap[] copy = StateSwap.Validate(swaps, nameof(swaps));
        string[] keys = copy.Select(swap => swap.Key).ToArray();
        return boundary.CallAsync(operation, keys, true, () => state.SwapAll(copy));
    }
}
