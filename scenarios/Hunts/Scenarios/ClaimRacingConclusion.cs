using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Alice holds a claim and concludes it while Bob, through another worker, tries to take the
/// Intent: he claims, and when refused releases it and claims again. Only the owner may end a claim,
/// so Bob never releases it and Alice's conclusion stands.</summary>
public static class ClaimRacingConclusion
{
    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>
    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, new BlackboardLimits(), workers: 2);
        using var alice = AgentIdentity.Derive(1, "alice");
        Intent intent = Intent.Submit([], "explore", "operator", 0);
        await Concurrently.StageClaim(runtime, observed, intent, alice.Id);
        ActionOutcome bobReleased = ActionOutcome.Done;
        ActionOutcome[] outcomes = await Concurrently.All(runtime, 2, party => party == 0
            ? observed.Blackboard.Worker(0).ConcludeAsync(alice, intent.Id, "found")
            : TakeOver(observed.Blackboard.Worker(1), intent.Id, release => bobReleased = release));
        ScenarioViolation.Require(!bobReleased.Succeeded, "Bob, who never owned the claim, released Alice's claim");
        ScenarioViolation.Require(outcomes[0].Succeeded || outcomes[0].Error == BlackboardError.StoreFailure,
            "Alice, the owner, could not conclude: " + outcomes[0]);
        ScenarioViolation.Require(!outcomes[1].Succeeded, "Bob took over an Intent Alice held");
        Concurrently.RequireConformance(observed);
    }

    private static async Task<ActionOutcome> TakeOver(BlackboardService blackboard, string intentId, Action<ActionOutcome> released)
    {
        ActionOutcome claim = await blackboard.ClaimAsync("bob", intentId);
        if (claim.Succeeded)
        {
            return claim;
        }
        released(await blackboard.ReleaseAsync("bob", intentId));
        return await blackboard.ClaimAsync("bob", intentId);
    }
}
