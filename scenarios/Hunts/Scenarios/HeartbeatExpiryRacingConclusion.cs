using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Alice claims, and three times works until her claim is about to go stale and heartbeats, then
/// concludes, while the
/// scheduler's ticks release stale claims through another worker. Whichever wins, the history is one
/// the oracle allows: a tick never releases a claim over a heartbeat that committed first, and Alice
/// concludes exactly when she still owns the claim.</summary>
public static class HeartbeatExpiryRacingConclusion
{
    private static readonly BlackboardLimits Limits = new() { HeartbeatTimeToLive = 100_000_000, TickInterval = 50_000_000 };

    private const int Ticks = 8;

    /// <summary>Heartbeats Alice sends, one a time-to-live apart, each racing the ticks, before she concludes.</summary>
    private const int Heartbeats = 3;

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, Limits, workers: 2);
        using var alice = AgentIdentity.Derive(1, "alice");
        Intent intent = Intent.Submit([], "explore", "operator", 0);
        await Concurrently.StageClaim(runtime, observed, intent, alice.Id);
        ActionOutcome[] outcomes = await Concurrently.All(runtime, 2, party => party == 0
            ? Work(runtime, observed.Blackboard.Worker(0), alice, intent.Id)
            : Schedule(runtime, observed.Blackboard.Worker(1)));
        Intent? after = observed.StoresNow().Intents.GetValueOrDefault(intent.Id);
        ScenarioViolation.Require(outcomes[0].Succeeded == (after?.Phase == IntentPhase.Concluded),
            $"Alice's conclusion was {outcomes[0]} but the stores hold the Intent {after?.Phase.ToString() ?? "absent"}");
        Concurrently.RequireConformance(observed);
    }

    private static async Task<ActionOutcome> Work(ISimRuntime runtime, BlackboardService blackboard, AgentIdentity alice, string intentId)
    {
        for (int beat = 0; beat < Heartbeats; beat++)
        {
            await runtime.Delay(SimDuration.FromNanoseconds(Limits.HeartbeatTimeToLive));
            ActionOutcome heartbeat = await blackboard.HeartbeatAsync(alice.Id, intentId);
            if (!heartbeat.Succeeded)
            {
                return heartbeat;
            }
        }
        return await blackboard.ConcludeAsync(alice, intentId, "found");
    }

    private static async Task<ActionOutcome> Schedule(ISimRuntime runtime, BlackboardService blackboard)
    {
        ActionOutcome last = ActionOutcome.Done;
        for (int tick = 0; tick < Ticks; tick++)
        {
            await runtime.Delay(SimDuration.FromNanoseconds(Limits.TickInterval));
            last = await blackboard.TickAsync();
        }
        return last;
    }
}
