using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

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
            int attackerOperations = 0, honestOperations = 0, started = 0, concluded = 0, conclusions = 0, falseConclusions = 0;
            long commits = 0;
            foreach (int seed in seeds)
            {
                AttackRunResult run = AttackRun.Run(campaign, scenario, depth, seed);
                results.Add(ScenarioChecks.Evaluate(run));
                attackerOperations += run.Attackers.Sum(agent => agent.Operations);
                honestOperations += run.Honest.Sum(agent => agent.Operations);
                commits += run.History.Count(entry => entry.Commit > 0);
                started += run.Honest.Sum(agent => agent.IntentsStarted);
                concluded += run.Honest.Sum(agent => agent.IntentsConcluded);
                (int committed, int wrong) = ConclusionsIn(run);
                conclusions += committed;
                falseConclusions += wrong;
                progress(++done, total);
            }
            verdicts.Add(new CellVerdict(scenario.Scenario, depth, results, attackerOperations, honestOperations, commits)
            {
                HonestIntents = (started, concluded),
                Conclusions = (conclusions, falseConclusions),
            });
        }
        return verdicts;
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
