using Nexus.Experiments.Campaigns;
using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Experiments.Attacks;

/// <summary>The campaign on one weaker foundation: its cells, and those not at their expected outcome.</summary>
public sealed record FoundationGap(StoreFoundation Foundation, IReadOnlyList<CellVerdict> Cells)
{
    /// <summary>The cells whose verdict is not the expected one.</summary>
    public IReadOnlyList<CellVerdict> Failing => [.. Cells.Where(cell => cell.Verdict != cell.Scenario.Expected)];
}
