using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Sessions;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Two sessions flush a compare-and-swap on one key from the same expected state: exactly one
/// wins, and the key holds the winner's state (no lost update).</summary>
public static class TwoFlushesOnOneKey
{
    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>
    public static Task RunAsync(ISimRuntime runtime, HuntSetup setup) => RunAsync(runtime, setup.Stores(runtime));

    /// <summary>The race over <paramref name="stores"/> as given.</summary>
    public static async Task RunAsync(ISimRuntime runtime, StoreSet stores)
    {
        FlushOutcome[] outcomes = await Concurrently.All(runtime, 2, i => FlushAsync(stores, "owner-" + i));
        int winners = outcomes.Count(outcome => outcome == FlushOutcome.Committed);
        ScenarioViolation.Require(winners == 1, $"two sessions won the same compare-and-swap: {winners} winners");
        string winner = "owner-" + Array.IndexOf(outcomes, FlushOutcome.Committed);
        string held = stores.Inspector!.ObjectState("lock");
        ScenarioViolation.Require(held == winner, $"lost update: {winner} won but the key holds '{held}'");
    }

    private static async Task<FlushOutcome> FlushAsync(StoreSet stores, string owner)
    {
        var session = new StoreSession(stores, owner);
        while (!(await session.HydrateAsync([], ["lock"])).IsOk)
        {
        }
        session.CompareAndSwap("lock", "", owner);
        FlushResult result;
        do
        {
            result = await session.FlushAsync();
        }
        while (result.Outcome == FlushOutcome.Failed);
        return result.Outcome;
    }
}
