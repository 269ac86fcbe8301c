namespace Nexus.Worlds.Storage;

/// <summary>Resolves a timed-out atomic swap by reading its keys back: the swap applies whole or not at
/// all, so all-new means applied and all-expected means not. Reading stops once neither can hold.</summary>
public static class SwapReadBack
{
    /// <summary>Reads each key of <paramref name="swaps"/>, each read tried up to <paramref name="attemptsMax"/> times.</summary>
    public static async Task<SwapReading> ReadAsync(IObjectStore store, IReadOnlyList<StateSwap> swaps, int attemptsMax)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(swaps);
        bool allNew = true;
        bool allExpected = true;
        foreach (StateSwap swap in swaps)
        {
            StoreResult<string> state = await StoreRetry.UntilOkAsync((store, swap.Key), static s => s.store.GetStateAsync(s.Key), attemptsMax);
            if (!state.IsOk)
            {
                return SwapReading.Unknown;
            }
            allNew &= state.Value == swap.New;
            allExpected &= state.Value == swap.Expected;
            if (!allNew && !allExpected)
            {
                return SwapReading.Unknown;
            }
        }
        return allNew ? SwapReading.Applied : SwapReading.NotApplied;
    }
}
