using System.Globalization;
using Nexus.Engine.Time;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Experiments.Attacks;

/// <summary>Sweeps the spam rate at each depth. Honest throughput is the honest agents' successful
/// operations per virtual second until the last of them finished; completion is the share of the
/// Intents they started that they concluded. The sweep runs without the campaign's Intent Hints (it
/// measures the unthrottled system). The threshold at a depth is the lowest rate whose throughput falls
/// below the floor; the Hint emitted there, <c>max-intents-per-agent-per-second:R</c>, allows each agent
/// the highest rate of the grid below the threshold (at least 1, since it binds honest agents too); the
/// sweep then reruns every rate with it.</summary>
public static class SpamThresholdSearch
{
    /// <summary>The sweep at one depth: every rate, then every rate again with the Hint where a threshold is found.</summary>
    public static SpamDepth RunDepth(AttackCampaign campaign, ScenarioSpec spam, SpamSearchSpec sweep, CampaignDepth depth, Action progress)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(spam);
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(depth);
        string[] unthrottled = [.. campaign.Hints.Where(hint => !HintRule.TryParse(hint, out HintRule rule) || rule.Kind == HintRule.MaxFactsPerAgent)];
        SpamPoint[] open = [.. sweep.Rates.Select(rate => Measure(campaign with { Hints = unthrottled }, spam, sweep, depth, rate, throttled: false, progress))];
        double floor = sweep.FloorFraction * open[0].Throughput;
        SpamPoint? first = open.FirstOrDefault(point => point.Throughput < floor);
        if (first is null)
        {
            return new SpamDepth(open, new SpamThreshold(depth.Name, floor, null, null, true));
        }
        // The Hint binds every agent: never below one Intent a second, or honest agents could submit none.
        double allowed = Math.Max(1, open.Where(point => point.Rate < first.Rate).Select(point => point.Rate).DefaultIfEmpty(0).Max());
        string hint = HintRule.MaxIntentsPerAgentPerSecond + ":" + ((int)Math.Floor(allowed)).ToString(CultureInfo.InvariantCulture);
        SpamPoint[] throttled = [.. sweep.Rates.Select(rate => Measure(campaign with { Hints = [.. unthrottled, hint] }, spam, sweep, depth, rate, throttled: true, progress))];
        return new SpamDepth([.. open, .. throttled],
            new SpamThreshold(depth.Name, floor, first.Rate, hint, throttled.Where(point => point.Rate >= first.Rate).All(point => point.Throughput >= floor)));
    }

    private static SpamPoint Measure(AttackCampaign campaign, ScenarioSpec spam, SpamSearchSpec sweep, CampaignDepth depth, double rate, bool throttled, Action progress)
    {
        AgentSpec spammer = spam.Attackers.First(attacker => attacker.Role == AgentRole.Spammer);
        ScenarioSpec scenario = spam with
        {
            Attackers = rate <= 0 ? [] : [spammer with { Count = 1, Actions = (int)Math.Ceiling(rate * sweep.WindowSeconds), ThinkTime = SimDuration.FromSeconds(1 / rate) }],
        };
        double completion = 0, throughput = 0;
        foreach (int seed in campaign.Seeds.Take(sweep.Seeds))
        {
            AttackRunResult run = AttackRun.Run(campaign, scenario, depth, seed);
            if (!run.Conformance.Conforms)
            {
                throw new InvalidOperationException($"the spam sweep at {depth.Name}, {rate}/s, seed {seed} did not conform to the oracle: {run.Conformance}");
            }
            int started = run.Honest.Sum(agent => agent.IntentsStarted);
            completion += started == 0 ? 1 : (double)run.Honest.Sum(agent => agent.IntentsConcluded) / started;
            double seconds = run.Honest.Max(agent => agent.FinishedAt) / 1e9;
            throughput += seconds <= 0 ? 0 : run.Honest.Sum(agent => agent.Succeeded) / seconds;
            progress();
        }
        int seeds = Math.Min(sweep.Seeds, campaign.Seeds.Count);
        return new SpamPoint(depth.Name, rate, throttled, completion / seeds, throughput / seeds);
    }
}
