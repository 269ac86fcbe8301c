using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Commerce;

/// <summary>One attack on the private-commerce world, in one place: its name, the verdict it must get, the
/// adversaries it adds to the seed's (every run has the shill and its wash partner), what the world does
/// for it (<see cref="CommerceAttack"/>), and its own check of a run after the four joint validators
/// (null: the validators are its check). The check returns null when the run holds, else what went wrong;
/// a run in which the attack never acted is vacuous (<see cref="CommerceChecks"/>).</summary>
public sealed record CommerceScenario(string Name, string Expected, IReadOnlyList<AgentGroup> Adversaries, CommerceAttack Attack, Func<CommerceRunResult, Finding?>? Check) : ICampaignScenario
{
    private static readonly AgentGroup[] Seed = [new("shill seller", 1), new("wash partner", 1)];

    /// <summary>The six, in the order of the matrix: the seed's adversary, then five of ours.</summary>
    public static IReadOnlyList<CommerceScenario> All { get; } =
    [
        new("shill-wash-trading", Verdict.Blocked, Seed, CommerceAttack.None, null),
        new("wash-ring-of-three", Verdict.Blocked, [.. Seed, new("wash partner", 1)], CommerceAttack.WashRingOfThree, CommerceChecks.RingSevered),
        new("forged-receipt", Verdict.Blocked, Seed, CommerceAttack.ForgedReceipt, CommerceChecks.NoForgeryCounted),
        new("forged-nondelivery", Verdict.Blocked, Seed, CommerceAttack.ForgedNonDelivery, CommerceChecks.NoForgeryCounted),
        new("eavesdropper", Verdict.Blocked, [.. Seed, new("eavesdropper", 1)], CommerceAttack.Eavesdropper, CommerceChecks.NothingOverheard),
        new("unpaid-bid", Verdict.Blocked, [.. Seed, new("freeloader", 1)], CommerceAttack.UnpaidBid, CommerceChecks.NothingDeliveredUnpaid),
    ];

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static CommerceScenario Named(string name) => All.Single(scenario => scenario.Name == name);
}
