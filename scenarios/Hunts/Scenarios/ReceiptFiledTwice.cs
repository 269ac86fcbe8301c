using Nexus.Engine.Runtime;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>The private-commerce world's receipts: a buyer files each receipt twice (at least once), and the
/// auditor ingests filings concurrently. It must take each receipt once, or a seller's score counts a
/// sale twice.</summary>
public static class ReceiptFiledTwice
{
    /// <summary>One run on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a receipt taken twice throws.</summary>
    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        CommerceEvent[] taken = [.. (await CommerceHunt.RunAsync(runtime, setup)).Where(entry => entry.Kind == CommerceEvents.ReceiptTaken)];
        ScenarioViolation.Require(taken.Length > 0, "evidence is missing: the auditor took no receipt");
        if (taken.GroupBy(entry => entry.Ref, StringComparer.Ordinal).FirstOrDefault(receipt => receipt.Count() > 1) is { } twice)
        {
            throw new ScenarioViolation($"receipt {twice.Key} was taken {twice.Count()} times, filed by {string.Join(" and ", twice.Select(entry => entry.Data))}");
        }
    }
}
