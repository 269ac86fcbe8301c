namespace Nexus.Scenarios.Campaigns;

/// <summary>One-swap discrimination: the campaign run once per one-line swap of its world
/// (<see cref="ICampaignWorld.Swaps"/>), each cell compared with its expected verdict. A defence (or a
/// layer) is shown to be what stops an attack when swapping it alone for a no-op flips exactly that
/// attack's cells, and nothing else does.</summary>
public static class OneSwapDiscrimination
{
    /// <summary>The cells of <paramref name="world"/> with <paramref name="swap"/> made, and which of them flipped.</summary>
    public static SwapOutcome Run(ICampaignWorld world, string swap, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new SwapOutcome(swap, CampaignCells.Run(world.Swapped(swap), CampaignSelection.All, progress));
    }

    /// <summary>Every swap of <paramref name="world"/>, in the world's order.</summary>
    public static IReadOnlyList<SwapOutcome> RunAll(ICampaignWorld world, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(world);
        return [.. world.Swaps.Select(swap => Run(world, swap, progress))];
    }
}
