using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>Deliberately broken: a store client that reports an atomic swap lost to another writer
/// (applied nothing, answered false) as the store being unavailable, so contention looks like a fault.</summary>
internal sealed class ConflictAsFailureObjectStore(IObjectStore inner) : IObjectStore
{
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => inner.GetStateAsync(key);

    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) => inner.PutStateAsync(key, expected, newState);

    public async ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StoreResult<bool> result = await inner.PutStatesAsync(swaps);
        return result is { IsOk: true, Value: false } ? StoreResult<bool>.Failure(StoreStatus.Unavailable) : result;
    }
}
