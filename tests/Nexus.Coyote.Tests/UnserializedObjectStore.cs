using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Profiles;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Coyote.Tests;

/// <summary>Deliberately broken depth-2 object store: a target without per-key serialization, whose
/// server compares in one step and writes in another, so two compare-and-swaps on one key can both see
/// the expected state and both win. The seeded race inside the depth-2 path that Coyote must find.</summary>
internal sealed class UnserializedObjectStore(RemoteBoundary boundary, OperationProfile operation, MemoryObjectStore state) : IObjectStore
{
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => boundary.CallAsync(operation, () => state.ReadState(key));

    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) =>
        PutStatesAsync([new StateSwap(key, expected, newState)]);

    public async ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        StateSwap[] copy = StateSwap.Validate(swaps, nameof(swaps));
        StoreResult<bool> matches = await boundary.CallAsync(operation, () => copy.All(swap => state.ReadState(swap.Key) == swap.Expected));
        if (!matches.IsOk || !matches.Value)
        {
            return matches;
        }
        return await boundary.CallAsync(operation, () =>
        {
            foreach (StateSwap swap in copy)
            {
                state.Swap(swap.Key, state.ReadState(swap.Key), swap.New);
            }
            return true;
        });
    }
}
