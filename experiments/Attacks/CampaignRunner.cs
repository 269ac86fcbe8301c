namespace Nexus.Experiments.Attacks;

/// <summary>Which cells and seeds of a campaign to run: all of them, or the one a replay command names.</summary>
public sealed record CampaignSelection(string? Scenario, string? Depth, int? Seed)
{
    /// <summary>Everything.</summary>
    public static CampaignSelection All { get; } = new(null, null, null);

    /// <summary>True when nothing is filtered out.</summary>
    public bool IsAll => Scenario is null && Depth is null && Seed is null;
}

/// <summary>Runs a campaign: every scenario at every depth on every seed of the bank, in config order,
/// each seed a fresh simulation, each judged by its scenario's check.</summary>
public static class CampaignRunner
{
    /// <summary>The cells, scenario-major, reporting (done, total) runs as it goes.</summary>
    public static IReadOnlyList<CellVerdict> Run(AttackCampaign campaign, CampaignSelection selection, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(progress);
        var cells = (from scenario in campaign.Scenarios
                     from depth in campaign.Depths
                     where (selection.Scenario ?? scenario.Scenario.Name) == scenario.Scenario.Name && (selection.Depth ?? depth.Name) == depth.Name
                     select (scenario, depth)).ToArray();
        int[] seeds = [.. campaign.Seeds.Where(seed => (selection.Seed ?? seed) == seed)];
        int total = cells.Length * seeds.Length;
        int done = 0;
        var verdicts = new List<CellVerdict>();
        foreach ((ScenarioSpec scenario, CampaignDepth depth) in cells)
        {
            var results = new List<SeedVerdict>();
            int attackerOperations = 0, honestOperations = 0;
            long commits = 0;
            foreach (int seed in seeds)
            {
                AttackRunResult run = AttackRun.Run(campaign, scenario, depth, seed);
                results.Add(ScenarioChecks.Evaluate(run));
                attackerOperations += run.Attackers.Sum(agent => agent.Operations);
                honestOperations += run.Honest.Sum(agent => agent.Operations);
                commits += run.History.Count(entry => entry.Commit > 0);
                progress(++done, total);
            }
            verdicts.Add(new CellVerdict(scenario.Scenario, depth, results, attackerOperations, honestOperations, commits));
        }
        return verdicts;
    }
}
