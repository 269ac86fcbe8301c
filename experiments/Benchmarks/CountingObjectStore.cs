using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Benchmarks;

/// <summary>Passes every call through, counting it.</summary>
internal sealed class CountingObjectStore(IObjectStore inner, Action count) : IObjectStore
{
    public Task<StoreResult<string>> GetStateAsync(string key)
    {
        count();
        return inner.GetStateAsync(key);
    }

    public Task<StoreResult<bool>> PutStateAsync(string key, string expected, string newState)
    {
        count();
        return inner.PutStateAsync(key, expected, newState);
    }

    public Task<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        count();
        return inner.PutStatesAsync(swaps);
    }
}
