using System.Text.Json;

namespace Nexus.Scenarios.Campaigns;

/// <summary>A world a campaign attacks: its scenarios, the depths and seed bank they run at, and one
/// judged run per (scenario, depth, seed), its one-line swaps and its weaker foundations. Everything else
/// of a campaign is written once against this: the cells and their verdicts (<see cref="CampaignCells"/>),
/// one-swap discrimination (<see cref="OneSwapDiscrimination"/>), and in the CLI the violation matrix, the
/// gap report and the report page (<c>experiments/Campaigns</c>) and the proof's subjects and predicate
/// (<c>experiments/Attestation/CampaignStatement</c>). The blackboard's exchange contract is the first instance
/// (<c>Exchange/AttackCampaign</c>); docs/architecture.md, "Add a campaign world", says how to add one.</summary>
public interface ICampaignWorld
{
    /// <summary>The campaign's name: its outputs' file stem.</summary>
    string Name { get; }

    /// <summary>Which world it is, as its config's <c>world</c> key names it (the proof names it too, so a
    /// verifier knows which scenarios and expected verdicts to hold the matrix to).</summary>
    string World { get; }

    /// <summary>The config it was read from, as given (replay commands and the proof name it).</summary>
    string ConfigPath { get; }

    /// <summary>The seed bank every cell runs over, in order.</summary>
    IReadOnlyList<int> Seeds { get; }

    /// <summary>The depths, the matrix's columns, in order.</summary>
    IReadOnlyList<CampaignDepth> Depths { get; }

    /// <summary>The scenarios, the matrix's rows, in order.</summary>
    IReadOnlyList<ICampaignScenario> Scenarios { get; }

    /// <summary>The honest agents beside every scenario's adversaries, by role.</summary>
    IReadOnlyList<AgentGroup> HonestAgents { get; }

    /// <summary>What the matrix's heading says of the setting the scenarios ran in (its defences, its
    /// agents), one sentence or more, each ending with a full stop.</summary>
    string Setting { get; }

    /// <summary>The same, short, for the matrix figure's title.</summary>
    string SettingTitle { get; }

    /// <summary>Writes the setting into the proof's predicate, as properties after the config's.</summary>
    void WriteSetting(Utf8JsonWriter writer);

    /// <summary>The one-line swaps the world offers, each replacing one of its defences (or one layer)
    /// by a no-op: one-swap discrimination runs the campaign with each, to show which cells it flips.</summary>
    IReadOnlyList<string> Swaps { get; }

    /// <summary>This world with <paramref name="swap"/> (one of <see cref="Swaps"/>) made, everything else alike.</summary>
    ICampaignWorld Swapped(string swap);

    /// <summary>The gap report's weaker foundations, each with this world on it; empty when the world has none.</summary>
    IReadOnlyList<WeakerFoundation> WeakerFoundations { get; }

    /// <summary>One fresh, seeded run of <paramref name="scenario"/> (one of <see cref="Scenarios"/>) at
    /// <paramref name="depth"/>, judged: its verdict and the counts the matrix reports.</summary>
    SeedRun RunSeed(ICampaignScenario scenario, CampaignDepth depth, int seed);
}
