using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Experiments.Attacks;

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
        return [.. cells.Select(cell => Cell(cell.scenario, cell.depth, [.. seeds.Select(seed =>
        {
            SeedRun run = RunSeed(campaign, cell.scenario, cell.depth, seed);
            progress(++done, total);
            return run;
        })]))];
    }

    /// <summary>One seed of one cell: a fresh simulation, judged by the scenario's check, with the counts the matrix reports.</summary>
    public static SeedRun RunSeed(AttackCampaign campaign, ScenarioSpec scenario, CampaignDepth depth, int seed)
    {
        AttackRunResult run = AttackRun.Run(campaign, scenario, depth, seed);
        (int committed, int wrong) = ConclusionsIn(run);
        return new SeedRun(ScenarioChecks.Evaluate(run), run.Attackers.Sum(agent => agent.Operations), run.Honest.Sum(agent => agent.Operations),
            run.History.Count(entry => entry.Commit > 0), run.Honest.Sum(agent => agent.IntentsStarted), run.Honest.Sum(agent => agent.IntentsConcluded),
            committed, wrong);
    }

    /// <summary>The cell of <paramref name="scenario"/> at <paramref name="depth"/> from its seeds' runs, in seed-bank order.</summary>
    public static CellVerdict Cell(ScenarioSpec scenario, CampaignDepth depth, IReadOnlyList<SeedRun> runs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(runs);
        return new CellVerdict(scenario.Scenario, depth, [.. runs.Select(run => run.Verdict)], runs.Sum(run => run.AttackerOperations),
            runs.Sum(run => run.HonestOperations), runs.Sum(run => run.Commits))
        {
            HonestIntents = (runs.Sum(run => run.IntentsStarted), runs.Sum(run => run.IntentsConcluded)),
            Conclusions = (runs.Sum(run => run.Conclusions), runs.Sum(run => run.FalseConclusions)),
        };
    }

    /// <summary>Committed conclusions, and those whose agent did not hold the Intent's claim in the
    /// stores read back at the commit before (a false conclusion).</summary>
    private static (int Committed, int False) ConclusionsIn(AttackRunResult run)
    {
        int committed = 0, wrong = 0;
        foreach (HistoryEntry entry in run.History.Where(entry => entry.Commit > 0 && entry.Action is ConcludeAction))
        {
            var conclude = (ConcludeAction)entry.Action;
            BlackboardState before = run.CommittedStates.GetValueOrDefault(entry.Commit - 1) ?? BlackboardState.Empty;
            committed++;
            wrong += before.Intents.GetValueOrDefault(conclude.IntentId)?.Worker == conclude.Agent ? 0 : 1;
        }
        return (committed, wrong);
    }
}
