using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Two agents claim one Intent at once through different workers: one owner at most, the
/// other refused as a conflict, and the committed claim names the winner.</summary>
public static class TwoClaimsOnOneIntent
{
    private static readonly string[] Claimants = ["bob", "carol"];

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, new BlackboardLimits(), workers: 2);
        Intent intent = Intent.Submit([], "explore", "alice", 0);
        await Concurrently.Stage(runtime, () => observed.Blackboard.SubmitIntentAsync(intent), "the Intent");
        ActionOutcome[] claims = await Concurrently.All(runtime, 2, i => observed.Blackboard.Worker(i).ClaimAsync(Claimants[i], intent.Id));
        int owners = claims.Count(claim => claim.Succeeded);
        ScenarioViolation.Require(owners <= 1, "two agents own one Intent: both claims succeeded");
        ScenarioViolation.Require(claims.All(c => c.Succeeded || c.Error is BlackboardError.Conflict or BlackboardError.StoreFailure),
            "a losing claim was refused other than as a conflict: " + string.Join(", ", claims.Select(c => c.ToString())));
        if (owners == 1)
        {
            string winner = Claimants[Array.FindIndex(claims, claim => claim.Succeeded)];
            Intent? committed = observed.StoresNow().Intents.GetValueOrDefault(intent.Id);
            ScenarioViolation.Require(committed?.Worker == winner, $"{winner} won the claim but the stores name '{committed?.Worker}'");
        }
        Concurrently.RequireConformance(observed);
    }
}
