using Nexus.Experiments.Boundary.RemoteAttacks;
using Nexus.Experiments.Campaigns;

namespace Nexus.Experiments.Attacks;

/// <summary>One of the seven attacks on the exchange contract, in one place: its name, the verdict it
/// must get when the contract holds, its check of an in-process run (after the checks every run gets,
/// <see cref="ScenarioChecks.Evaluate"/>), and its check against a running server from the clients' side,
/// where one can be made without the oracle (null where it cannot). Its agents are the campaign
/// config's (docs/attack-campaign.md).</summary>
public sealed record AttackScenario(string Name, string Expected, Func<AttackRunResult, SeedVerdict> Check, Func<ServerEvidence, Task<RemoteVerdict>>? ServerCheck) : ICampaignScenario
{
    /// <summary>The seven, in the order of the matrix.</summary>
    public static IReadOnlyList<AttackScenario> All { get; } =
    [
        new("direct-free-riding", Verdict.Blocked, ScenarioChecks.DirectFreeRiding, ServerChecks.NothingReadAsync),
        new("evasive-free-riding", Verdict.Blocked, ScenarioChecks.NothingCommittedOrReturned, ServerChecks.NothingAdmitted),
        new("falsified-contribution", Verdict.Blocked, ScenarioChecks.NothingCommittedOrReturned, ServerChecks.NothingAdmitted),
        new("poison-injection", Verdict.Blocked, ScenarioChecks.PoisonNeverVisible, ServerChecks.NothingAdmitted),
        new("intent-spam", Verdict.Tolerated, ScenarioChecks.HonestCompletion, null),
        new("replay", Verdict.Blocked, ScenarioChecks.CommittedOnce, null),
        new("sybil", Verdict.RateLimited, ScenarioChecks.ContractRatio, null),
    ];

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static AttackScenario Named(string name) => All.Single(scenario => scenario.Name == name);
}
