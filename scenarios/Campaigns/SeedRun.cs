namespace Nexus.Scenarios.Campaigns;

/// <summary>What one seed of a cell showed, and what it adds to the cell's counts: the operations of the
/// attackers and of the honest agents, the commits, and the world's own tallies by name (summed per cell).</summary>
public sealed record SeedRun(SeedVerdict Verdict, int AttackerOperations, int HonestOperations, long Commits)
{
    /// <summary>The world's own counts for this seed, by name (none unless the world keeps some).</summary>
    public IReadOnlyDictionary<string, long> Tallies { get; init; } = new Dictionary<string, long>();
}
