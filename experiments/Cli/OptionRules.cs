using System.CommandLine;
using System.CommandLine.Parsing;

namespace Nexus.Experiments.Cli;

/// <summary>Which options go together, checked when the command line is parsed, so an option that cannot
/// apply is an error naming it instead of being silently ignored.</summary>
internal static class OptionRules
{
    /// <summary><paramref name="dependent"/> may be given only beside <paramref name="prerequisite"/>.</summary>
    public static void OnlyWith(this Command command, Option dependent, Option prerequisite, string why)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if (Given(result, dependent) && !Given(result, prerequisite))
            {
                result.AddError($"{dependent.Name} applies only with {prerequisite.Name}: {why}");
            }
        });
    }

    /// <summary><paramref name="option"/> may not be given beside any of <paramref name="others"/>.</summary>
    public static void NotWith(this Command command, Option option, string why, params Option[] others)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if (Given(result, option) && others.FirstOrDefault(other => Given(result, other)) is Option other)
            {
                result.AddError($"{option.Name} cannot be given with {other.Name}: {why}");
            }
        });
    }

    /// <summary>True when the user gave <paramref name="option"/> (not its default).</summary>
    public static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
