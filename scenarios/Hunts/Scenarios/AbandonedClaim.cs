using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Liveness: Alice claims an Intent, heartbeats once and stops. The scheduler ticks through
/// another worker; once her heartbeat is stale a tick must release the claim (liveness: the oracle
/// checks each tick, but only this checks that the ticks come). The evidence goes to the
/// setup's claim watch (Coyote's hot/cold monitor, or a bounded check on virtual time).</summary>
public static class AbandonedClaim
{
    private static readonly BlackboardLimits Limits = new() { HeartbeatTimeToLive = 200_000_000, TickInterval = 50_000_000 };

    /// <summary>How long the scheduler runs: its ticks pass the heartbeat's time to live twice over.</summary>
    private static readonly SimDuration Horizon = SimDuration.FromMilliseconds(600);

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, Limits, workers: 2);
        using var alice = AgentIdentity.Derive(1, "alice");
        Intent intent = Intent.Submit([], "explore", "operator", 0);
        await Concurrently.StageClaim(runtime, observed, intent, alice.Id);
        await Concurrently.UntilStored(runtime, () => observed.Blackboard.Worker(0).HeartbeatAsync(alice.Id, intent.Id));
        setup.Watch.Abandoned();
        await setup.Schedule(runtime, observed.Blackboard.Worker(1), runtime.Now + Horizon);
        if (observed.StoresNow().Intents.GetValueOrDefault(intent.Id)?.Phase != IntentPhase.Claimed)
        {
            setup.Watch.Ended();
        }
        setup.Watch.AtEnd();
        Concurrently.RequireConformance(observed);
    }
}
