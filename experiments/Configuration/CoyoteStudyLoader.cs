using Nexus.Experiments.Coyote;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Configuration;

/// <summary>Reads a strategy-study config strictly (keys: configs/README.md): an unknown key or
/// strategy, a number out of range or an empty list is an error naming the file, line and field.</summary>
public static class CoyoteStudyLoader
{
    /// <summary>Loads the study in <paramref name="path"/>; its assembly and profile paths are relative to the file.</summary>
    public static CoyoteStudy Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses <paramref name="text"/> as the study file <paramref name="path"/>.</summary>
    public static CoyoteStudy Parse(string path, string text)
    {
        ConfigSection root = ConfigSection.Parse(path, text);
        string name = root.NameMatchingFile();
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string assembly = Path.GetFullPath(Path.Combine(folder, root.Text("assembly")));
        string profile = Path.GetFullPath(Path.Combine(folder, root.Text("profile")));
        string[] strategies = [.. root.DistinctTexts("strategies")];
        foreach (string unknown in strategies.Where(strategy => !CoyoteStrategy.Names.Contains(strategy)))
        {
            throw root.ErrorAt("strategies", $"unknown strategy '{unknown}' (known: {string.Join(", ", CoyoteStrategy.Names)})");
        }
        uint[] seeds = [.. root.DistinctIntegers("coyote_seeds", 0, int.MaxValue).Select(seed => (uint)seed)];
        uint iterations = (uint)root.Integer("iterations_max", 1, 1_000_000);
        int swarmSeeds = root.Integer("swarm_seeds_max", 1, 1_000_000);
        string[]? bugs = root.Has("bugs") ? [.. root.DistinctTexts("bugs")] : null;
        root.RejectUnknownKeys();
        return new CoyoteStudy(name, path, assembly, profile, [.. strategies.Select(CoyoteStrategy.Named)], seeds, iterations, swarmSeeds) { Bugs = bugs };
    }
}
