namespace Nexus.Scenarios.Campaigns;

/// <summary>A campaign's cells with one swap made, and those no longer at their expected verdict.</summary>
public sealed record SwapOutcome(string Swap, IReadOnlyList<CellVerdict> Cells)
{
    /// <summary>The cells whose verdict is not the one their scenario expects: what the swap flipped.</summary>
    public IReadOnlyList<CellVerdict> Flipped => [.. Cells.Where(cell => !cell.AsExpected)];
}
