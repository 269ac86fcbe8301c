using System.CommandLine;
using Nexus.Experiments.Benchmarks;

namespace Nexus.Experiments.Cli;

/// <summary>The <c>--baseline</c> and <c>--rounds</c> options of a benchmark that compares this build with
/// an earlier commit's, measured in the same run, and the baseline build they ask for.</summary>
internal sealed class BaselineOptions
{
    /// <summary>The git revision to build and measure beside this build.</summary>
    public Option<string> Baseline { get; } = new("--baseline")
    {
        Description = "A git revision of this checkout (e.g. HEAD~1) to build in Release; in each round it runs one round of the same " +
            "command in a process of its own, then this build does the same, and its figures are printed beside this build's, as ratios",
    };

    /// <summary>How many rounds each side runs; each figure is the best of its rounds.</summary>
    public Option<int> Rounds { get; } = new Option<int>("--rounds") { Description = "Rounds; each figure is the best of its rounds, on either side", DefaultValueFactory = _ => 3 }.Within(1, 100);

    /// <summary>Reports a step of a long benchmark on standard error.</summary>
    public static void Progress(string line) => Console.Error.WriteLine("progress: " + line);

    /// <summary>The baseline build the command line asks for, or null without <c>--baseline</c>.</summary>
    public BaselineBuild? Build(ParseResult parse) => parse.GetValue(Baseline) is { } revision ? BaselineBuild.Create(revision, Progress) : null;
}
