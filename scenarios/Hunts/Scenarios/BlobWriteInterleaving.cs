using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Two exchanges interleave through two workers while each awaits its payload's blob write (a
/// Durable Object lets other requests in while it awaits other I/O), through a brief timeout storm at
/// depth 2: every committed Fact can be read back,
/// payload included, from the stores.</summary>
public static class BlobWriteInterleaving
{
    /// <summary>A brief timeout storm at the start, on the one fault timeline: which requests it catches
    /// is the scheduler's choice (Coyote's, under Coyote).</summary>
    private static readonly FaultPlan Storm = new FaultPlan().TimeoutStorm("stores", SimTime.Zero, SimTime.FromSeconds(0.015));

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, new BlackboardLimits(), workers: 2, Storm);
        using var alice = AgentIdentity.Derive(1, "alice");
        using var bob = AgentIdentity.Derive(1, "bob");
        Fact[] facts =
        [
            alice.CreateFact(new Content("text/plain", [1, 1, 1]), new Origin("asset-a", 1)),
            bob.CreateFact(new Content("text/plain", [2, 2, 2, 2]), new Origin("asset-b", 1)),
        ];
        ActionOutcome[] outcomes = await Concurrently.All(runtime, 2, i => observed.Blackboard.Worker(i).ExchangeAsync(facts[i], "text/plain"));
        ScenarioViolation.Require(outcomes.All(o => o.Succeeded || o.Error == BlackboardError.StoreFailure),
            "an exchange was refused: " + string.Join(", ", outcomes.Select(o => o.ToString())));
        BlackboardState stored = observed.StoresNow();
        int committed = outcomes.Count(outcome => outcome.Succeeded);
        ScenarioViolation.Require(stored.Facts.Count == committed,
            $"{committed} exchanges committed, but the stores hold {stored.Facts.Count} readable Facts (head: {stored.Head})");
        Concurrently.RequireConformance(observed);
    }
}
