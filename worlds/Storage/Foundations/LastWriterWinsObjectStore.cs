namespace Nexus.Worlds.Storage.Foundations;

/// <summary>An object store without compare-and-swap: a swap's expected state is ignored, and the write
/// expects whatever the key holds when read just before it, so the last writer wins. A weaker
/// foundation for the capability gap report; no orchestration over it can make concurrent commits
/// exclusive.</summary>
public sealed class LastWriterWinsObjectStore(IObjectStore inner) : IObjectStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => inner.GetStateAsync(key);

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) => PutStatesAsync([new StateSwap(key, expected, newState)]);

    /// <inheritdoc />
    public async ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StateSwap[] blind = StateSwap.Validate(swaps, nameof(swaps));
        for (int i = 0; i < blind.Length; i++)
        {
            StoreResult<string> held = await inner.GetStateAsync(blind[i].Key);
            if (!held.IsOk)
            {
                return StoreResult<bool>.Failure(held.Status);
            }
            blind[i] = blind[i] with { Expected = held.Value };
        }
        return await inner.PutStatesAsync(blind);
    }
}
