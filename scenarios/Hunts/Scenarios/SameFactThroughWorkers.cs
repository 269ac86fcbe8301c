using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>One signed Fact submitted at once through three different workers: it commits exactly once,
/// and every other copy is refused as a replay (or fails at the stores).</summary>
public static class SameFactThroughWorkers
{
    private const int Copies = 3;

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, new BlackboardLimits(), workers: Copies);
        using var alice = AgentIdentity.Derive(1, "alice");
        Fact fact = alice.CreateFact(new Content("text/plain", [1, 2, 3]), new Origin("asset", 1));
        ActionOutcome[] outcomes = await Concurrently.All(runtime, Copies, worker => observed.Blackboard.Worker(worker).ExchangeAsync(fact, "text/plain"));
        int committed = outcomes.Count(outcome => outcome.Succeeded);
        ScenarioViolation.Require(committed <= 1, $"the Fact was committed more than once: {committed} copies succeeded");
        ScenarioViolation.Require(outcomes.All(o => o.Succeeded || o.Error is BlackboardError.Replay or BlackboardError.StoreFailure),
            "a concurrent copy was refused other than as a replay: " + string.Join(", ", outcomes.Select(o => o.ToString())));
        ScenarioViolation.Require(committed == 1 || outcomes.Any(o => o.Error == BlackboardError.StoreFailure), "no copy committed, though the stores took every request");
        Concurrently.RequireConformance(observed);
    }
}
