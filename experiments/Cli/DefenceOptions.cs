using System.CommandLine;

namespace Nexus.Experiments.Cli;

/// <summary>The repeatable <c>--defence-off NAME</c> option of the commands that can switch a defence off.</summary>
internal static class DefenceOptions
{
    /// <summary>The option, its description listing <paramref name="names"/>.</summary>
    public static Option<string[]> Create(IReadOnlyList<string> names) => new("--defence-off")
    {
        Description = "Switch a defence off (" + string.Join(", ", names) + "); repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The defences given, each one of <paramref name="known"/>; an unknown one is an <see cref="OptionError"/> listing them.</summary>
    public static string[] Read(string[]? given, IReadOnlyList<string> known)
    {
        string[] off = given ?? [];
        if (off.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            throw new OptionError($"--defence-off: unknown defence '{unknown}' (known: {string.Join(", ", known)})");
        }
        return off;
    }
}
