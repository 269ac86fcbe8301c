using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Scenarios.Hunts.Bugs;

/// <summary>A store client that does some compare-and-swaps as check-then-act: it reads each key and
/// compares it with the expected state (the check), lets other requests in, then writes the new states
/// over whatever the keys hold by then (the act). Swaps that <paramref name="breaks"/> selects go this
/// way; the rest stay atomic. The seeded bugs differ in which commits they break.</summary>
public sealed class CheckThenActObjectStore(IObjectStore inner, ISimRuntime runtime, Func<StateSwap, bool> breaks) : IObjectStore
{
    private readonly LastWriterWinsObjectStore _blind = new(inner);

    /// <inheritdoc />
    public ValueTask<StoreResult<string>> GetStateAsync(string key) => inner.GetStateAsync(key);

    /// <inheritdoc />
    public ValueTask<StoreResult<bool>> PutStateAsync(string key, string expected, string newState) =>
        PutStatesAsync([new StateSwap(key, expected, newState)]);

    /// <inheritdoc />
    public async ValueTask<StoreResult<bool>> PutStatesAsync(IReadOnlyList<StateSwap> swaps)
    {
        if (!swaps.Any(breaks))
        {
            return await inner.PutStatesAsync(swaps);
        }
        foreach (StateSwap swap in swaps)
        {
            StoreResult<string> held = await inner.GetStateAsync(swap.Key);
            if (!held.IsOk)
            {
                return StoreResult<bool>.Failure(held.Status);
            }
            if (held.Value != swap.Expected)
            {
                return StoreResult<bool>.Success(false);
            }
        }
        await runtime.Yield();
        return await _blind.PutStatesAsync(swaps);
    }
}
