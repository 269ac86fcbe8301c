using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>Deliberately broken: answers every atomic swap of several keys as applied and applies none
/// of it. An orchestration on top of it reports every commit a success while committing nothing.</summary>
internal sealed class SwapSwallowingObjectStore(IObjectStore inner) : IObjectStore
{
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => inner.GetStateAsync(key);

    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) => inner.PutStateAsync(key, expected, newState);

    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps) => new(StoreResult<bool>.Success(true));
}
