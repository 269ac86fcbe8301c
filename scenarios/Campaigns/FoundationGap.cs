namespace Nexus.Scenarios.Campaigns;

/// <summary>The campaign on one weaker foundation: its cells, and those not at their expected verdict.</summary>
public sealed record FoundationGap(WeakerFoundation Foundation, IReadOnlyList<CellVerdict> Cells)
{
    /// <summary>The cells whose verdict is not the expected one.</summary>
    public IReadOnlyList<CellVerdict> Failing => [.. Cells.Where(cell => !cell.AsExpected)];
}
