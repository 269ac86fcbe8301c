using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Nexus.Experiments.Cli;

namespace Nexus.Tests.Experiments;

/// <summary>Every command of the command line, given random options with random values (junk, out of
/// range, NaN, huge, empty) and random stray tokens: parsing and validating them never throws, and a
/// refusal's first error, the one line nexus prints, is one line. FsCheck generates the command lines,
/// replayed from a fixed seed.</summary>
public sealed class OptionFuzzTests
{
    private const int Cases = 2000;

    private static readonly Config Replayed = PropertyReplay.Of(Cases, 20261205, 3037000493);

    /// <summary>Option values and stray tokens. No NUL: a process's arguments cannot hold one (the
    /// command-line library's path conversion would throw on it, but no shell can pass it).</summary>
    private static readonly string[] Values =
    [
        "", "-1", "0", "1", "2", "NaN", "Infinity", "-Infinity", "1e309", "99999999999999999999", "0.5", "1/2", "3/3", "-1/2", "0/0", "1-20", "9-3",
        "x", "chain-head-cas", "replay/depth-1", "http://127.0.0.1:9/", "not a url", "configs/profiles/cf-workers.yaml", "/nonexistent/file.yaml", "\t", "\u001b[31m", "--",
    ];

    /// <summary>Every command that runs, with its path from the root, its options and whether it takes arguments.</summary>
    private static readonly (string[] Path, Option[] Options, int Arguments)[] Commands = [.. Leaves(NexusCommandLine.Root(), [])];

    [Test]
    public void The_tree_holds_every_command_that_runs()
    {
        Assert.That(Commands.Select(command => string.Join(' ', command.Path)), Is.SupersetOf(new[]
        {
            "simulate network", "simulate storage", "simulate network-sweep", "run", "check blackboard", "attack", "coyote-study", "merge",
            "serve", "client cas", "keygen", "verify", "bench storage",
        }));
    }

    /// <summary>The options an option applies only beside, so that its own bound is what is refused.</summary>
    private static readonly Dictionary<string, string[]> Companions = new(StringComparer.Ordinal)
    {
        ["attack --time-scale"] = ["--server", "http://127.0.0.1:1/"],
        ["serve --workers"] = ["--blackboard"],
    };

    [Test]
    public void Every_numeric_option_but_a_seed_has_a_bound_that_its_help_gives_and_parsing_enforces()
    {
        (string Command, Option Option)[] numeric = [.. Commands.SelectMany(command => command.Options.Select(option => (string.Join(' ', command.Path), option)))
            .Where(pair => pair.Item2.ValueType == typeof(int) || pair.Item2.ValueType == typeof(long) || pair.Item2.ValueType == typeof(double))];

        Assert.That(numeric, Has.Length.GreaterThan(20));
        foreach ((string command, Option option) in numeric)
        {
            Match bound = Regex.Match(option.Description ?? "", @" \[(?<min>[^,]+), [^\]]+\]$");
            Assert.That(bound.Success, Is.True, $"{command} {option.Name}: no bound at the end of its description '{option.Description}'");
            string below = option.ValueType == typeof(double) ? "-1e300"
                : (long.Parse(bound.Groups["min"].Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
            string[] context = Companions.GetValueOrDefault(command + " " + option.Name, []);
            ParseResult parse = NexusCommandLine.Root().Parse([.. command.Split(' '), .. context, option.Name, below]);
            Assert.That(parse.Errors.Select(error => error.Message), Has.Some.Contain(option.Name + " must lie in ["), $"{command} {option.Name} {below}: " + string.Join(" / ", parse.Errors.Select(e => e.Message)));
        }
    }

    [Test]
    public void Random_options_on_every_command_never_throw_while_parsing_and_a_refusal_is_one_line()
    {
        Gen<string[]> commandLines =
            from command in Gen.Elements(Commands)
            from optionCount in Gen.Choose(0, 4)
            from options in Gen.ListOf(Gen.Choose(0, 1_000_000).Zip(Gen.Elements(Values)), optionCount)
            from argumentCount in Gen.Choose(0, command.Arguments + 1)
            from arguments in Gen.ListOf(Gen.Elements(Values), argumentCount)
            select (string[])[.. command.Path, .. arguments, .. options.SelectMany(option => OptionTokens(command.Options, option.Item1, option.Item2))];
        Prop.ForAll(commandLines.ToArbitrary(), args =>
        {
            ParseResult parse = NexusCommandLine.Root().Parse(args);
            if (parse.Errors.Count > 0)
            {
                Assert.That(parse.Errors[0].Message, Does.Not.Contain('\n'), string.Join(' ', args));
            }
        }).Check(Replayed);
    }

    private static IEnumerable<string> OptionTokens(Option[] options, int pick, string value)
    {
        if (options.Length == 0)
        {
            return [value];
        }
        Option option = options[pick % options.Length];
        return option.ValueType == typeof(bool) ? [option.Name] : [option.Name, value];
    }

    private static IEnumerable<(string[] Path, Option[] Options, int Arguments)> Leaves(Command command, string[] path)
    {
        if (command.Subcommands.Count == 0)
        {
            yield return (path, [.. command.Options.Where(option => option.Name is not "--help" and not "--version")], command.Arguments.Count);
            yield break;
        }
        foreach (Command sub in command.Subcommands)
        {
            foreach (var leaf in Leaves(sub, [.. path, sub.Name]))
            {
                yield return leaf;
            }
        }
    }
}
