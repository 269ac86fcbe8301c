using Nexus.Experiments.Attacks;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Configuration;

/// <summary>Reads a campaign config of any world: its <c>world</c> key names the world, and that world's
/// reader reads the rest (keys: configs/README.md). One table, <see cref="Readers"/>, holds each world's
/// reader, its scenarios' expected verdicts and the setting its proofs carry.</summary>
public static class CampaignConfigLoader
{
    private static readonly (string World, Func<string, ConfigSection, LoadedCampaign> Read, IReadOnlyDictionary<string, string> Expected, IReadOnlyList<Field> Setting)[] Readers =
    [
        (AttackCampaignLoader.World, (path, root) => ExchangeExtras.Loaded(AttackCampaignLoader.Parse(path, root)), AttackCampaignLoader.Expected, AttackCampaignLoader.Setting),
        (CommerceCampaignLoader.World, (path, root) => new LoadedCampaign(CommerceCampaignLoader.Parse(path, root), NoExtras.Instance), CommerceCampaignLoader.Expected, CommerceCampaignLoader.Setting),
    ];

    /// <summary>The worlds a campaign config can name.</summary>
    public static IReadOnlyList<string> Worlds { get; } = [.. Readers.Select(reader => reader.World)];

    /// <summary>The verdict each scenario of <paramref name="world"/> must get, by name; null for a world no reader knows.</summary>
    public static IReadOnlyDictionary<string, string>? Expected(string world) => Readers.FirstOrDefault(reader => reader.World == world).Expected;

    /// <summary>The fields of the setting a proof of <paramref name="world"/> carries; null for a world no reader knows.</summary>
    public static IReadOnlyList<Field>? Setting(string world) => Readers.FirstOrDefault(reader => reader.World == world).Setting;

    /// <summary>Loads the campaign in <paramref name="path"/>.</summary>
    public static LoadedCampaign Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ConfigSection root = ConfigSection.Parse(path, File.ReadAllText(path));
        string world = root.OneOf("world", Worlds);
        return Readers.Single(reader => reader.World == world).Read(path, root);
    }
}
