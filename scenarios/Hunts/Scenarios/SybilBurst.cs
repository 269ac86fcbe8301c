using System.Globalization;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>A burst from two Sybil identities of one attacker, through three workers at once: each
/// identity exchanges a Fact and submits two Intents concurrently, under a Hint that allows one open
/// Intent per agent. Each identity gets one Intent at most, and no exchange returns more Facts than
/// the contract ratio allows.</summary>
public static class SybilBurst
{
    private static readonly BlackboardLimits Limits = new() { ContractRatio = 2 };

    private const int Sybils = 2;

    private const int SubmissionsEach = 2;

    private const int ChainBefore = 3;

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, Limits, workers: 3);
        await Concurrently.Stage(runtime,
            () => observed.Blackboard.AddHintAsync(new Hint("open-intents", HintRule.MaxOpenIntentsPerAgent + ":1", "operator", 0, 0)), "the Hint");
        using var honest = AgentIdentity.Derive(1, "honest");
        for (int i = 0; i < ChainBefore; i++)
        {
            Fact fact = honest.CreateFact(new Content("text/plain", [(byte)i]), new Origin("asset", i));
            await Concurrently.Stage(runtime, () => observed.Blackboard.ExchangeAsync(fact, "text/plain"), "an honest Fact");
        }
        AgentIdentity[] sybils = [.. Enumerable.Range(0, Sybils).Select(i => AgentIdentity.Derive(2, "sybil-" + i.ToString(CultureInfo.InvariantCulture)))];
        try
        {
            const int perSybil = 1 + SubmissionsEach;
            ActionOutcome[] outcomes = await Concurrently.All(runtime, Sybils * perSybil, party =>
            {
                AgentIdentity sybil = sybils[party / perSybil];
                int move = party % perSybil;
                var blackboard = observed.Blackboard.Worker(party % observed.Blackboard.WorkerCount);
                return move == 0
                    ? blackboard.ExchangeAsync(sybil.CreateFact(new Content("text/plain", [9, (byte)party]), new Origin("sybil", party)), "text/plain")
                    : blackboard.SubmitIntentAsync(Intent.Submit([], "burst-" + move.ToString(CultureInfo.InvariantCulture), sybil.Id, move));
            });
            for (int s = 0; s < Sybils; s++)
            {
                ActionOutcome exchange = outcomes[s * perSybil];
                ScenarioViolation.Require(exchange.FactIds.Count <= Limits.ContractRatio,
                    $"an exchange returned {exchange.FactIds.Count} Facts for one committed, over the contract ratio {Limits.ContractRatio}");
                int accepted = outcomes.Skip(s * perSybil + 1).Take(SubmissionsEach).Count(outcome => outcome.Succeeded);
                ScenarioViolation.Require(accepted <= 1, $"sybil-{s} holds {accepted} open Intents under a limit of 1");
            }
        }
        finally
        {
            Array.ForEach(sybils, sybil => sybil.Dispose());
        }
        Concurrently.RequireConformance(observed);
    }
}
