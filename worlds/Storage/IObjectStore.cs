namespace Nexus.Worlds.Storage;

/// <summary>An object store with compare-and-swap. An absent key compares equal to ""; swapping to "" deletes it.</summary>
public interface IObjectStore
{
    /// <summary>The state of <paramref name="key"/>; "" when absent.</summary>
    ValueTask<StoreResult<string>> GetStateAsync(string key);

    /// <summary>Sets <paramref name="key"/> to <paramref name="newState"/> if it holds <paramref name="expected"/>;
    /// the value says whether it did.</summary>
    ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState);

    /// <summary>All swaps or none, atomically: true when every key held its expected state. Keys must be distinct.</summary>
    ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps);
}
