using Nexus.Engine.Messaging;
using Nexus.Engine;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Scenarios.Configuration;

/// <summary>Loads a target profile from <c>configs/profiles/NAME.yaml</c>, strictly: an unknown key, a
/// value of the wrong type, a negative latency or a probability outside [0, 1] is an error naming
/// the file, the line and the field. The profile's name must match the file's.</summary>
public static class TargetProfileLoader
{
    /// <summary>Where the committed profiles live, relative to the repository root.</summary>
    public const string Folder = "configs/profiles";

    /// <summary>Loads the profile in <paramref name="path"/>.</summary>
    public static TargetProfile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, System.IO.File.ReadAllText(path));
    }

    /// <summary>Parses <paramref name="text"/> as the profile file <paramref name="path"/>.</summary>
    public static TargetProfile Parse(string path, string text)
    {
        ConfigSection root = ConfigSection.Parse(path, text);
        string name = root.Text("name");
        string expected = System.IO.Path.GetFileNameWithoutExtension(path);
        if (name != expected)
        {
            throw root.ErrorAt("name", $"must match the file name '{expected}', got '{name}'");
        }
        ConfigSection keyValueSection = root.Section("key_value");
        OperationProfile keyValue = Operation(keyValueSection, casTarget: false);
        SimDuration staleWindow = DistributionConfig.Milliseconds(keyValueSection, "stale_window_ms", positive: false);
        keyValueSection.RejectUnknownKeys();
        ConfigSection blobSection = root.Section("blob");
        OperationProfile blob = Operation(blobSection, casTarget: false);
        blobSection.RejectUnknownKeys();
        ConfigSection objectSection = root.Section("object");
        OperationProfile objectStore = Operation(objectSection, casTarget: true);
        objectSection.RejectUnknownKeys();
        ColdStart? coldStart = null;
        if (root.OptionalSection("cold_start") is { } coldSection)
        {
            coldStart = new ColdStart(DistributionConfig.Read(coldSection, "latency"),
                DistributionConfig.Milliseconds(coldSection, "after_idle_ms", positive: false));
            coldSection.RejectUnknownKeys();
        }
        LinkOptions? network = root.OptionalSection("network") is { } networkSection ? LinkConfig.Read(networkSection) : null;
        root.RejectUnknownKeys();
        return new TargetProfile(name, keyValue, blob, objectStore, staleWindow, coldStart) { Network = network };
    }

    /// <summary>One operation profile: latency, timeout, unavailability, and for a CAS target conflicts and service time.</summary>
    internal static OperationProfile Operation(ConfigSection section, bool casTarget) => new(
        DistributionConfig.Read(section, "latency"),
        DistributionConfig.Milliseconds(section, "timeout_ms", positive: true),
        new Probability(section.Number("unavailable_probability", 0, 1)),
        casTarget ? new Probability(section.Number("conflict_probability", 0, 1)) : Probability.Zero,
        casTarget ? DistributionConfig.Milliseconds(section, "service_ms", positive: false) : SimDuration.Zero);
}
