using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Benchmarks;

/// <summary>Passes every call through, counting it.</summary>
internal sealed class CountingObjectStore(IObjectStore inner, Action count) : IObjectStore
{
    public ValueTask<StoreResult<string>> GetStateAsync(string key)
    {
        count();
        return inner.GetStateAsync(key);
    }

    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState)
    {
        count();
        return inner.PutStateAsync(key, expected, newState);
    }

    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        count();
        return inner.PutStatesAsync(swaps);
    }
}
