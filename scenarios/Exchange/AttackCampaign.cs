using System.Text.Json;
using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage.Foundations;

namespace Nexus.Scenarios.Exchange;

/// <summary>A campaign on the blackboard's exchange contract as its config gives it, the first campaign
/// world: every scenario at every depth over the seed bank, with the honest agents beside the attackers,
/// the governance Hints in force from the start, the workers serving the blackboard, and at most one
/// defence switched off.</summary>
public sealed record AttackCampaign(
    string Name,
    string ConfigPath,
    IReadOnlyList<int> Seeds,
    int Workers,
    IReadOnlyList<CampaignDepth> Depths,
    IReadOnlyList<string> Hints,
    AgentSpec Honest,
    string? DefenceOff,
    IReadOnlyList<ScenarioSpec> Scenarios) : ICampaignWorld
{
    /// <summary>The world's name, as a config's <c>world</c> key gives it.</summary>
    public const string WorldName = "exchange-contract";

    /// <inheritdoc />
    public string World => WorldName;

    /// <summary>The foundation the stores offer (the full one unless the gap report weakens it).</summary>
    public StoreFoundation Foundation { get; init; } = StoreFoundation.Full;

    /// <summary>The gap report's variants and how many seeds of the bank it runs them on, or null.</summary>
    public GapReportSpec? Foundations { get; init; }

    /// <summary>The defences in force.</summary>
    public BlackboardDefences Defences => DefenceOff is null ? BlackboardDefences.All : BlackboardDefences.All.Without(DefenceOff);

    /// <inheritdoc />
    IReadOnlyList<ICampaignScenario> ICampaignWorld.Scenarios => Scenarios;

    /// <inheritdoc />
    public IReadOnlyList<AgentGroup> HonestAgents => [new AgentGroup(Honest.RoleName, Honest.Count)];

    /// <inheritdoc />
    public IReadOnlyList<string> Swaps => BlackboardDefences.Names;

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="swap"/> names no defence of the blackboard.</exception>
    public ICampaignWorld Swapped(string swap)
    {
        BlackboardDefences.All.Without(swap);
        return this with { DefenceOff = swap };
    }

    /// <inheritdoc />
    public IReadOnlyList<WeakerFoundation> WeakerFoundations => Foundations is GapReportSpec report
        ? [.. report.Variants.Select(variant => new WeakerFoundation(variant.Name, variant.MissingCapability, variant.OrchestrationCanFix, variant.Reason,
            this with { Foundation = variant, Foundations = null, Seeds = [.. Seeds.Take(report.Seeds)] }))]
        : [];

    /// <inheritdoc />
    public string Setting => $"Defences: {(DefenceOff is null ? "all on" : DefenceOff + " off")}. Workers: {Workers}.";

    /// <inheritdoc />
    public string SettingTitle => $"{Workers} workers, {DefencesInForce}";

    /// <summary>"all defences on", or which one is off.</summary>
    public string DefencesInForce => DefenceOff is null ? "all defences on" : DefenceOff + " off";

    /// <inheritdoc />
    public void WriteSetting(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("workers", Workers);
        writer.WriteString("defenceOff", DefenceOff ?? "");
        writer.WriteStartArray("hints");
        foreach (string hint in Hints)
        {
            writer.WriteStringValue(hint);
        }
        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public SeedRun RunSeed(ICampaignScenario scenario, CampaignDepth depth, int seed) =>
        CampaignRunner.RunSeed(this, Scenarios.Single(spec => ReferenceEquals(spec, scenario)), depth, seed);
}
