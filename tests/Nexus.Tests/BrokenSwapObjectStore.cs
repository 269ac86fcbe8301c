using Nexus.Worlds.Storage;

namespace Nexus.Tests;

/// <summary>Deliberately broken, for the controls that show a check catches a bug: an object store whose
/// atomic swaps of several keys go through <paramref name="putStates"/> (given the real store and the
/// swaps) instead of straight to <paramref name="inner"/>; every other call passes through.</summary>
internal sealed class BrokenSwapObjectStore(IObjectStore inner, Func<IObjectStore, IReadOnlyList<StateSwap>, ValueTask<StoreResult<bool>>> putStates) : IObjectStore
{
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => inner.GetStateAsync(key);

    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) => inner.PutStateAsync(key, expected, newState);

    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps) => putStates(inner, swaps);
}
