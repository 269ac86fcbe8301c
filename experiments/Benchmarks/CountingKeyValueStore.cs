using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Benchmarks;

/// <summary>Passes every call through, counting it: how the benchmark knows its operation rate.</summary>
internal sealed class CountingKeyValueStore(IKeyValueStore inner, Action count) : IKeyValueStore
{
    public ValueTask<StoreResult<string?>> GetAsync(string key)
    {
        count();
        return inner.GetAsync(key);
    }

    public ValueTask<StoreResult> SetAsync(string key, string value)
    {
        count();
        return inner.SetAsync(key, value);
    }

    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        count();
        return inner.DeleteAsync(key);
    }

    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix)
    {
        count();
        return inner.ListAsync(prefix);
    }
}
