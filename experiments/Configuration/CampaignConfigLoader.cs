using Nexus.Experiments.Attacks;
using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Configuration;

/// <summary>Reads a campaign config of any world: its <c>world</c> key names the world, and that world's
/// reader reads the rest (keys: configs/README.md).</summary>
public static class CampaignConfigLoader
{
    /// <summary>The worlds a campaign config can name.</summary>
    public static IReadOnlyList<string> Worlds { get; } = [AttackCampaignLoader.World, CommerceCampaignLoader.World];

    /// <summary>The verdict each scenario of <paramref name="world"/> must get, by name; null for a world no reader knows.</summary>
    public static IReadOnlyDictionary<string, string>? Expected(string world) => world switch
    {
        AttackCampaignLoader.World => AttackCampaignLoader.Expected,
        CommerceCampaignLoader.World => CommerceCampaignLoader.Expected,
        _ => null,
    };

    /// <summary>Loads the campaign in <paramref name="path"/>.</summary>
    public static LoadedCampaign Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ConfigSection root = ConfigSection.Parse(path, File.ReadAllText(path));
        return root.OneOf("world", Worlds) switch
        {
            AttackCampaignLoader.World => ExchangeExtras.Loaded(AttackCampaignLoader.Parse(path, root)),
            CommerceCampaignLoader.World => new LoadedCampaign(CommerceCampaignLoader.Parse(path, root), NoExtras.Instance),
            string world => throw root.ErrorAt("world", $"no reader for world '{world}'"),
        };
    }
}
