using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts;

/// <summary>How the scenarios set up and race their parties.</summary>
internal static class Concurrently
{
    private static readonly SimDuration Pause = SimDuration.FromMilliseconds(10);

    /// <summary>Runs <paramref name="count"/> parties at once, each spawned on the runtime; their results in party order.</summary>
    public static async Task<T[]> All<T>(ISimRuntime runtime, int count, Func<int, Task<T>> party)
    {
        var results = new T[count];
        Task[] parties = [.. Enumerable.Range(0, count).Select(i => runtime.Spawn("party-" + i, async () => results[i] = await party(i)))];
        await Task.WhenAll(parties);
        return results;
    }

    /// <summary>Repeats <paramref name="action"/> until the stores take it: how a scenario sets the stage
    /// before its race, whatever faults the stores draw.</summary>
    public static async Task<ActionOutcome> UntilStored(ISimRuntime runtime, Func<Task<ActionOutcome>> action)
    {
        while (true)
        {
            ActionOutcome outcome = await action();
            if (outcome.Error != BlackboardError.StoreFailure)
            {
                return outcome;
            }
            await runtime.Delay(Pause);
        }
    }

    /// <summary>Sets the stage a race needs: <paramref name="action"/> until the stores take it, which must succeed.</summary>
    public static async Task Stage(ISimRuntime runtime, Func<Task<ActionOutcome>> action, string what)
    {
        ActionOutcome outcome = await UntilStored(runtime, action);
        ScenarioViolation.Require(outcome.Succeeded, $"the stage was not set: {what} was refused ({outcome})");
    }

    /// <summary>Submits <paramref name="intent"/> and has <paramref name="owner"/> claim it through worker 0.</summary>
    public static async Task StageClaim(ISimRuntime runtime, ObservedBlackboard observed, Intent intent, string owner)
    {
        await Stage(runtime, () => observed.Blackboard.SubmitIntentAsync(intent), "the Intent");
        await Stage(runtime, () => observed.Blackboard.Worker(0).ClaimAsync(owner, intent.Id), "the owner's claim");
    }

    /// <summary>Requires the observed blackboard to have conformed with the oracle throughout.</summary>
    public static void RequireConformance(ObservedBlackboard observed) =>
        ScenarioViolation.Require(observed.Monitor.Report.Conforms, "the blackboard did not conform: " + observed.Monitor.Report);
}
