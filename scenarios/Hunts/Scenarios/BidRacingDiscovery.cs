using Nexus.Engine.Runtime;
using Nexus.Scenarios.Commerce;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>The private-commerce world across the heal: buyers 0 and 1 discover sellers only once the
/// partition heals, while gossip exchanges and bids race. Every bid must go to a seller its buyer
/// discovered before (registry x privacy: no bid sealed to a card the registry never showed its buyer).</summary>
public static class BidRacingDiscovery
{
    /// <summary>One run on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a bid before its discovery throws.</summary>
    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        ValidatorResult result = CommerceValidators.CheckDiscoveryPrecedesBid(await CommerceHunt.RunAsync(runtime, setup));
        ScenarioViolation.Require(result.Passed, result.Detail);
    }
}
