using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Worlds.Blackboard.Driver;

/// <summary>Runs a driver's actions against an orchestration: concurrent client processes, each
/// taking its next action from the driver, paced by exponential think times.</summary>
public static class BlackboardWorkload
{
    /// <summary>Spawns <paramref name="clients"/> processes doing <paramref name="actionsPerClient"/> actions each; returns when all are done.</summary>
    public static Task RunAsync(ISimRuntime runtime, BlackboardService blackboard, BlackboardDriver driver,
        int clients, int actionsPerClient, SimDuration meanThinkTime, Engine.Randomness.SimRandom pacing)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(pacing);
        Task[] processes = Enumerable.Range(0, clients).Select(client => runtime.Spawn("client-" + client, async () =>
        {
            for (int i = 0; i < actionsPerClient; i++)
            {
                await runtime.Delay(SimDuration.FromSeconds(pacing.NextExponential() * meanThinkTime.TotalSeconds));
                BlackboardAction action = driver.Next(blackboard.View, runtime.Now.Nanoseconds, signConclusions: false);
                await ExecuteAsync(blackboard, driver, action);
            }
        })).ToArray();
        return Task.WhenAll(processes);
    }

    /// <summary>Executes one driver action through the orchestration's API. An unsigned conclusion is
    /// signed by its worker as it executes, since the signed Fact carries the execution time.</summary>
    public static Task<ActionOutcome> ExecuteAsync(BlackboardService blackboard, BlackboardDriver driver, BlackboardAction action)
    {
        ArgumentNullException.ThrowIfNull(blackboard);
        ArgumentNullException.ThrowIfNull(driver);
        return action switch
        {
            ExchangeAction a => blackboard.ExchangeAsync(a.Fact, a.Query),
            SubmitIntentAction a => blackboard.SubmitIntentAsync(a.Intent),
            ClaimAction a => blackboard.ClaimAsync(a.Agent, a.IntentId),
            HeartbeatAction a => blackboard.HeartbeatAsync(a.Agent, a.IntentId),
            ReleaseAction a => blackboard.ReleaseAsync(a.Agent, a.IntentId),
            ConcludeAction { Signature.Length: 0 } a => blackboard.ConcludeAsync(driver.IdentityOf(a.Agent), a.IntentId, a.Result),
            ConcludeAction a => blackboard.ConcludeAsync(a),
            AddHintAction a => blackboard.AddHintAsync(a.Hint),
            TickAction => blackboard.TickAsync(),
            _ => throw new ArgumentException($"no way to execute {action.GetType().Name}", nameof(action)),
        };
    }
}
