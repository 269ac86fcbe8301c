using Nexus.Engine.Messaging;
using Nexus.Experiments.Attestation;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Commerce;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Commerce;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Configuration;

/// <summary>Reads a private-commerce campaign config strictly: an unknown key, scenario, layer or defence,
/// or an empty list, is an error naming the file, the line and the field (keys: configs/README.md).</summary>
public static class CommerceCampaignLoader
{
    /// <summary>The config's <c>world</c>.</summary>
    public const string World = CommerceCampaign.WorldName;

    /// <summary>The verdict each scenario of this world must get, by name.</summary>
    public static IReadOnlyDictionary<string, string> Expected { get; } = CommerceScenario.All.ToDictionary(scenario => scenario.Name, scenario => scenario.Expected, StringComparer.Ordinal);

    /// <summary>The setting a proof's predicate carries for this world (<see cref="CommerceCampaign.WriteSetting"/>).</summary>
    public static IReadOnlyList<Field> Setting { get; } = [new("privacy", JsonShape.Text), new("trust", JsonShape.Text), new("defenceOff", JsonShape.Text)];

    /// <summary>Parses <paramref name="root"/>, the campaign file <paramref name="path"/>; a depth's profile is read relative to it.</summary>
    public static CommerceCampaign Parse(string path, ConfigSection root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.OneOf("world", [World]);
        string name = root.NameMatchingFile();
        int[] seeds = [.. root.DistinctIntegers("seeds", 0, int.MaxValue)];
        CampaignDepth[] depths = [.. root.Sections("depths").Select(ReadDepth)];
        if (depths.Select(depth => depth.Name).Distinct().Count() != depths.Length)
        {
            throw root.ErrorAt("depths", "each depth's name must be given once");
        }
        var privacy = (PrivacyLayer)CommerceCampaign.PrivacyNames.ToList().IndexOf(root.OneOf("privacy", CommerceCampaign.PrivacyNames));
        var trust = (TrustModel)CommerceCampaign.TrustNames.ToList().IndexOf(root.OneOf("trust", CommerceCampaign.TrustNames));
        string? defenceOff = root.Has("defence_off") ? root.OneOf("defence_off", CommerceCampaign.DefenceNames) : null;
        CommerceScenario[] scenarios = [.. root.Sections("scenarios").Select(section =>
        {
            var scenario = CommerceScenario.Named(section.OneOf("scenario", [.. CommerceScenario.All.Select(s => s.Name)]));
            section.RejectUnknownKeys();
            return scenario;
        })];
        foreach (var repeated in scenarios.GroupBy(scenario => scenario.Name).Where(group => group.Count() > 1))
        {
            throw root.ErrorAt("scenarios", $"scenario '{repeated.Key}' is listed twice");
        }
        root.RejectUnknownKeys();
        return new CommerceCampaign(name, path, seeds, depths, scenarios, privacy, trust, defenceOff);
    }

    /// <summary>Depth 1 without a profile (reliable in-process delivery); depth 2 on the network of a target
    /// profile (its <c>network</c> section).</summary>
    private static CampaignDepth ReadDepth(ConfigSection section)
    {
        string name = section.Text("name");
        if (!section.Has("profile"))
        {
            section.RejectUnknownKeys();
            return new CampaignDepth(name, 1, "", "reliable in-process delivery", Swarm: false) { Links = CommerceOptions.Reliable };
        }
        TargetProfile profile = TargetProfileLoader.Load(section.ExistingFile("profile"));
        LinkOptions links = profile.Network ?? throw section.ErrorAt("profile", $"profile '{profile.Name}' has no network section, which the private-commerce world runs on");
        section.RejectUnknownKeys();
        return new CampaignDepth(name, 2, profile.Name, profile.Name + " network", Swarm: false) { Links = links };
    }
}
