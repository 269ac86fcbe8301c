namespace Nexus.Scenarios.Campaigns;

/// <summary>Runs a campaign world's cells: every scenario at every depth on every seed of the bank, in
/// order, each seed a fresh run judged by the world, and folds each cell's seeds into its verdict.</summary>
public static class CampaignCells
{
    /// <summary>The cells <paramref name="selection"/> picks, scenario-major, reporting (done, total) runs as it goes.</summary>
    public static IReadOnlyList<CellVerdict> Run(ICampaignWorld world, CampaignSelection selection, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(progress);
        var cells = (from scenario in world.Scenarios
                     from depth in world.Depths
                     where (selection.Scenario ?? scenario.Name) == scenario.Name && (selection.Depth ?? depth.Name) == depth.Name
                     select (scenario, depth)).ToArray();
        int[] seeds = [.. world.Seeds.Where(seed => (selection.Seed ?? seed) == seed)];
        int total = cells.Length * seeds.Length;
        int done = 0;
        return [.. cells.Select(cell => Cell(cell.scenario, cell.depth, [.. seeds.Select(seed =>
        {
            SeedRun run = world.RunSeed(cell.scenario, cell.depth, seed);
            progress(++done, total);
            return run;
        })]))];
    }

    /// <summary>The cell of <paramref name="scenario"/> at <paramref name="depth"/> from its seeds' runs, in seed-bank order.</summary>
    public static CellVerdict Cell(ICampaignScenario scenario, CampaignDepth depth, IReadOnlyList<SeedRun> runs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(runs);
        var tallies = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach ((string name, long count) in runs.SelectMany(run => run.Tallies))
        {
            tallies[name] = tallies.GetValueOrDefault(name) + count;
        }
        return new CellVerdict(scenario, depth, [.. runs.Select(run => run.Verdict)], runs.Sum(run => run.AttackerOperations),
            runs.Sum(run => run.HonestOperations), runs.Sum(run => run.Commits))
        {
            Tallies = tallies,
        };
    }
}
