using Nexus.Engine;
using Nexus.Engine.Messaging;

namespace Nexus.Scenarios.Configuration;

/// <summary>Loads a network profile (<c>configs/profiles/commerce-network.yaml</c>) as strictly as a
/// store profile: an unknown key, a probability outside [0, 1] or a bad distribution is an error naming
/// the file, the line and the field.</summary>
public static class NetworkProfileLoader
{
    /// <summary>Loads the profile in <paramref name="path"/>.</summary>
    public static NetworkProfile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses <paramref name="text"/> as the profile file <paramref name="path"/>.</summary>
    public static NetworkProfile Parse(string path, string text)
    {
        ConfigSection root = ConfigSection.Parse(path, text);
        string name = root.NameMatchingFile();
        ConfigSection link = root.Section("link");
        var options = new LinkOptions(
            DistributionConfig.Read(link, "latency"),
            new Probability(link.Number("loss_probability", 0, 1)),
            new Probability(link.Number("duplication_probability", 0, 1)),
            new Probability(link.Number("reorder_probability", 0, 1)));
        link.RejectUnknownKeys();
        root.RejectUnknownKeys();
        return new NetworkProfile(name, options);
    }
}
