using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage.Foundations;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Attacks;

/// <summary>The weaker foundations the gap report runs the campaign on, on the first <paramref name="Seeds"/> seeds.</summary>
public sealed record FoundationSweep(IReadOnlyList<StoreFoundation> Variants, int Seeds);

/// <summary>A depth a campaign runs at: in-process stores (no profile), or the emulated boundary of a
/// profile, with the seed's swarm of store faults if asked.</summary>
public sealed record CampaignDepth(string Name, TargetProfile? Profile, bool Swarm);

/// <summary>One scenario of a campaign: its attackers, and for intent spam the honest completion floor
/// and, optionally, the spam-rate sweep.</summary>
public sealed record ScenarioSpec(AttackScenario Scenario, IReadOnlyList<AgentSpec> Attackers, double Floor)
{
    /// <summary>The spam-rate sweep (intent spam only), or null.</summary>
    public SpamSweepSpec? Sweep { get; init; }
}

/// <summary>A campaign as its config gives it: every scenario at every depth over the seed bank, with
/// the honest agents beside the attackers, the governance Hints in force from the start, the workers
/// serving the blackboard, and at most one defence switched off.</summary>
public sealed record AttackCampaign(
    string Name,
    string ConfigPath,
    IReadOnlyList<int> Seeds,
    int Workers,
    IReadOnlyList<CampaignDepth> Depths,
    IReadOnlyList<string> Hints,
    AgentSpec Honest,
    string? DefenceOff,
    IReadOnlyList<ScenarioSpec> Scenarios)
{
    /// <summary>The foundation the stores offer (the full one unless the gap report weakens it).</summary>
    public StoreFoundation Foundation { get; init; } = StoreFoundation.Full;

    /// <summary>The gap report's variants and how many seeds of the bank it runs them on, or null.</summary>
    public FoundationSweep? Foundations { get; init; }

    /// <summary>The defences in force.</summary>
    public BlackboardDefences Defences => DefenceOff is null ? BlackboardDefences.All : BlackboardDefences.All.Without(DefenceOff);
}
