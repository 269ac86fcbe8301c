using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;
namespace Nexus.Experiments.Boundary.Clients;

/// <summary>The object store of a <c>nexus serve</c> target: compare-and-swap, one key or several atomically.</summary>
public sealed class HttpObjectStore(HttpStoreClient client) : IObjectStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult<string>> GetStateAsync(string key)
    {
        StoreKeys.Require(key);
        return client.ReadAsync<StateBody, string>(HttpStoreClient.Query(StoreWire.Object, "key", key), body => body.State);
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState)
    {
        StoreKeys.Require(key);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(newState);
        return SwapAsync(StoreWire.Swap, new SwapBody(key, expected, newState));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StateSwap[] valid = StateSwap.Validate(swaps, nameof(swaps));
        return SwapAsync(StoreWire.SwapMany, new SwapsBody([.. valid.Select(swap => new SwapBody(swap.Key, swap.Expected, swap.New))]));
    }

    private ValueTask<StoreResult<bool>> SwapAsync(string route, object body) =>
        client.ReadAsync<SwappedBody, bool>(HttpMethod.Post, StoreWire.Object + route, body, answer => answer.Swapped);
}
