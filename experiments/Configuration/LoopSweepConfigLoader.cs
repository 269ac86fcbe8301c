using Nexus.Experiments.Loops;
using Nexus.Scenarios.Configuration;

namespace Nexus.Experiments.Configuration;

/// <summary>Reads a loop sweep config strictly: an unknown key, a wrong type or an out-of-range value
/// is an error naming the file, the line and the field.</summary>
public static class LoopSweepConfigLoader
{
    /// <summary>Every proposer kind some world knows, in the order of first registration.</summary>
    private static readonly string[] ProposerKinds = [.. LoopSweepWorlds.All.SelectMany(world => world.ProposerKinds).Distinct()];

    /// <summary>Every mode some world knows.</summary>
    private static readonly string[] Modes = [.. LoopSweepWorlds.All.SelectMany(world => world.Modes).Distinct()];

    /// <summary>Loads the config in <paramref name="path"/>.</summary>
    public static LoopSweepConfig Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Parses <paramref name="text"/> as the config file <paramref name="path"/>.</summary>
    public static LoopSweepConfig Parse(string path, string text)
    {
        ConfigSection root = ConfigSection.Parse(path, text);
        string name = root.NameMatchingFile();
        string world = root.OneOf("world", [.. LoopSweepWorlds.All.Select(w => w.Name)]);
        ILoopSweepWorld sweepWorld = LoopSweepWorlds.Named(world);
        LoopWorldSize size = sweepWorld.ReadSize(root.Section(world));
        ConfigSection rollout = root.Section("rollout");
        int[] seeds = [.. rollout.DistinctIntegers("seeds", 0, int.MaxValue)];
        int steps = rollout.Integer("steps", 1, 1_000_000);
        rollout.RejectUnknownKeys();
        ProposerSpec[] proposers = [.. root.Sections("proposers").Select(ReadProposer)];
        if (proposers.GroupBy(p => p.Label).FirstOrDefault(group => group.Count() > 1) is { } repeated)
        {
            throw root.ErrorAt("proposers", $"the label '{repeated.Key}' is used twice: each proposer's rows are told apart by it");
        }
        if (proposers.FirstOrDefault(p => !sweepWorld.ProposerKinds.Contains(p.Kind)) is { } unsupported)
        {
            throw root.ErrorAt("proposers", $"the {world} world takes {Listed(sweepWorld.ProposerKinds)} proposers, not '{unsupported.Kind}'");
        }
        ConfigSection loop = root.Section("loop");
        string policy = loop.OneOf("policy", [.. ConsultationPolicyNames.Names]);
        IReadOnlyList<string> modes = loop.DistinctTexts("modes");
        foreach (string mode in modes.Where(m => !sweepWorld.Modes.Contains(m)))
        {
            throw loop.ErrorAt("modes", !Modes.Contains(mode)
                ? $"unknown mode '{mode}' (known: {string.Join(", ", Modes)})"
                : sweepWorld.Modes is ["full"]
                    ? $"the {world} world consults fully only, not '{mode}'"
                    : $"the {world} world takes the modes {Listed(sweepWorld.Modes)}, not '{mode}'");
        }
        IReadOnlyList<double> rhos = loop.DistinctNumbers("rho", 0, 1);
        IReadOnlyList<double> epsilons = loop.DistinctNumbers("epsilon", 0, 1);
        loop.RejectUnknownKeys();
        ConfigSection bootstrap = root.Section("bootstrap");
        int resamples = bootstrap.Integer("resamples", 1, 1_000_000);
        double alpha = bootstrap.Number("alpha", 1e-9, 0.999999);
        int bootstrapSeed = bootstrap.Integer("seed", 0, int.MaxValue);
        bootstrap.RejectUnknownKeys();
        ConfigSection figure = root.Section("figure");
        string figureX = figure.OneOf("x", ["rho", "oracle_bits"]);
        figure.RejectUnknownKeys();
        root.RejectUnknownKeys();
        return new LoopSweepConfig(name, world, size.Agents, size.Hosts, size.Ports, size.Drivers, seeds, steps, proposers, policy, modes, rhos, epsilons, resamples, alpha, bootstrapSeed, figureX);
    }

    private static ProposerSpec ReadProposer(ConfigSection section)
    {
        string kind = section.OneOf("kind", ProposerKinds);
        var spec = new ProposerSpec(section.Text("label"), kind,
            kind == "noisy" ? section.Number("probability", 0, 1) : 0,
            kind is "noisy" or "learned" ? section.Integer("seed", 0, int.MaxValue) : 0);
        if (kind == "learned")
        {
            spec = spec with
            {
                TrainingSeeds = section.Integer("training_seeds", 1, 100_000),
                TrainingSteps = section.Integer("training_steps", 1, 1_000_000),
            };
        }
        if (kind == "external")
        {
            spec = spec with
            {
                Command = section.Texts("command"),
                Timeout = TimeSpan.FromMilliseconds(section.Number("timeout_ms", 1, 3_600_000)),
            };
        }
        section.RejectUnknownKeys();
        return spec;
    }

    /// <summary>"a, b and c".</summary>
    private static string Listed(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
