using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Scenarios.Exchange;

/// <summary>One of the seven attacks on the exchange contract, in one place: its name, the verdict it
/// must get when the contract holds, the roles its attackers may take (the config gives how many of
/// each, on which surface, doing what: docs/attack-campaign.md), its check of an in-process run (after
/// the checks every run gets, <see cref="ScenarioChecks.Evaluate"/>), and its check against a running
/// server from the clients' side, where one can be made without the oracle (null where it cannot).</summary>
public sealed record AttackScenario(
    string Name,
    string Expected,
    IReadOnlyList<AgentRole> Roles,
    Func<AttackRunResult, SeedVerdict> Check,
    Func<ServerEvidence, Task<RemoteVerdict>>? ServerCheck)
{
    /// <summary>True when its check holds the honest agents' completion to a floor the config gives
    /// (<c>floor</c>), which the config may also search over a grid of spam rates (<c>sweep</c>).</summary>
    public bool HasCompletionFloor { get; init; }

    /// <summary>The seven, in the order of the matrix.</summary>
    public static IReadOnlyList<AttackScenario> All { get; } =
    [
        new("direct-free-riding", Verdict.Blocked, [AgentRole.FreeRider], ScenarioChecks.DirectFreeRiding, ServerChecks.NothingReadAsync),
        new("evasive-free-riding", Verdict.Blocked, [AgentRole.FreeRider], ScenarioChecks.NothingCommittedOrReturned, ServerChecks.NothingAdmitted),
        new("falsified-contribution", Verdict.Blocked, [AgentRole.Poisoner], ScenarioChecks.NothingCommittedOrReturned, ServerChecks.NothingAdmitted),
        new("poison-injection", Verdict.Blocked, [AgentRole.Poisoner], ScenarioChecks.PoisonNeverVisible, ServerChecks.NothingAdmitted),
        new("intent-spam", Verdict.Tolerated, [AgentRole.Spammer], ScenarioChecks.HonestCompletion, null) { HasCompletionFloor = true },
        new("replay", Verdict.Blocked, [AgentRole.Replayer], ScenarioChecks.CommittedOnce, null),
        new("sybil", Verdict.RateLimited, [AgentRole.Sybil], ScenarioChecks.ContractRatio, null),
    ];

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static AttackScenario Named(string name) => All.Single(scenario => scenario.Name == name);
}
