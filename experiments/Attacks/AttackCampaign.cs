using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Experiments.Attacks;

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
    public GapReportSpec? Foundations { get; init; }

    /// <summary>The defences in force.</summary>
    public BlackboardDefences Defences => DefenceOff is null ? BlackboardDefences.All : BlackboardDefences.All.Without(DefenceOff);
}
