using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Exchange;

/// <summary>One judged seed of the exchange contract's campaign: a fresh simulation, its scenario's check,
/// and the counts the matrix and the game checks report (<see cref="ExchangeTallies"/>).</summary>
public static class CampaignRunner
{
    /// <summary>One seed of one cell: a fresh simulation, judged by the scenario's check, with the counts the matrix reports.</summary>
    public static SeedRun RunSeed(AttackCampaign campaign, ScenarioSpec scenario, CampaignDepth depth, int seed)
    {
        AttackRunResult run = AttackRun.Run(campaign, scenario, depth, seed);
        (int committed, int wrong) = ConclusionsIn(run);
        return new SeedRun(ScenarioChecks.Evaluate(run), run.Attackers.Sum(agent => agent.Operations), run.Honest.Sum(agent => agent.Operations),
            run.History.Count(entry => entry.Commit > 0))
        {
            Tallies = new Dictionary<string, long>
            {
                [ExchangeTallies.IntentsStarted] = run.Honest.Sum(agent => agent.IntentsStarted),
                [ExchangeTallies.IntentsConcluded] = run.Honest.Sum(agent => agent.IntentsConcluded),
                [ExchangeTallies.Conclusions] = committed,
                [ExchangeTallies.FalseConclusions] = wrong,
            },
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
