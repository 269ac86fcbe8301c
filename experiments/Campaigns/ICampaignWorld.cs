using System.Text.Json;

namespace Nexus.Experiments.Campaigns;

/// <summary>A world a campaign attacks: its scenarios, the depths and seed bank they run at, and one
/// judged run per (scenario, depth, seed). Everything else of a campaign is written once against this:
/// the cells and their verdicts (<see cref="CampaignCells"/>), the violation matrix
/// (<see cref="ViolationMatrix"/>), the proof's subjects and predicate
/// (<c>Attestation/CampaignStatement</c>). The blackboard's exchange contract is the first instance
/// (<c>Attacks/AttackCampaign</c>); docs/architecture.md, "Add a campaign world", says how to add one.</summary>
public interface ICampaignWorld
{
    /// <summary>The campaign's name: its outputs' file stem.</summary>
    string Name { get; }

    /// <summary>The config it was read from, as given (replay commands and the proof name it).</summary>
    string ConfigPath { get; }

    /// <summary>The seed bank every cell runs over, in order.</summary>
    IReadOnlyList<int> Seeds { get; }

    /// <summary>The depths, the matrix's columns, in order.</summary>
    IReadOnlyList<CampaignDepth> Depths { get; }

    /// <summary>The scenarios, the matrix's rows, in order.</summary>
    IReadOnlyList<ICampaignScenario> Scenarios { get; }

    /// <summary>What the matrix's heading says of the setting the scenarios ran in (its defences, its
    /// agents), one sentence or more, each ending with a full stop.</summary>
    string Setting { get; }

    /// <summary>The same, short, for the matrix figure's title.</summary>
    string SettingTitle { get; }

    /// <summary>Writes the setting into the proof's predicate, as properties after the config's.</summary>
    void WriteSetting(Utf8JsonWriter writer);

    /// <summary>One fresh, seeded run of <paramref name="scenario"/> (one of <see cref="Scenarios"/>) at
    /// <paramref name="depth"/>, judged: its verdict and the counts the matrix reports.</summary>
    SeedRun RunSeed(ICampaignScenario scenario, CampaignDepth depth, int seed);
}
