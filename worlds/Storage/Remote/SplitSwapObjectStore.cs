using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2 without per-key serialization: a target whose server compares a swap's expected
/// states in one request and writes the new ones in a second, with other requests free to run between,
/// so two compare-and-swaps from one expected state can both win. What <see cref="StoreDefences.PerKeySerialization"/>
/// switched off builds.</summary>
public sealed class SplitSwapObjectStore(RemoteBoundary boundary, OperationProfile operation, MemoryObjectStore state) : IObjectStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult<string>> GetStateAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync(operation, () => state.ReadState(key));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) =>
        PutStatesAsync([new StateSwap(key, expected, newState)]);

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps) =>
        CompareThenWriteAsync(StateSwap.Validate(swaps, nameof(swaps)));

    private async ValueTask<StoreResult<bool>> CompareThenWriteAsync(StateSwap[] swaps)
    {
        StoreResult<bool> matches = await boundary.CallAsync(operation, () => swaps.All(swap => state.ReadState(swap.Key) == swap.Expected));
        if (!matches.IsOk || !matches.Value)
        {
            return matches;
        }
        return await boundary.CallAsync(operation, () =>
        {
            foreach (StateSwap swap in swaps)
            {
                state.Swap(swap.Key, state.ReadState(swap.Key), swap.New);
            }
            return true;
        });
    }
}
