namespace Nexus.Experiments.Benchmarks;

/// <summary>The rounds of a benchmark. Alone, this build measures in this process, round after round.
/// Beside a baseline, the two sides are measured the same way: in each round the baseline build runs
/// one round of the command in a process of its own, then this build runs the same command line the
/// same way (measured in this process, this build would run warm against a cold baseline, which
/// measured 1.04x-1.10x in its favour against the very same code). Each figure is then the best of its
/// rounds on either side, so a burst of load from elsewhere on the machine costs a round, not the comparison.</summary>
public static class BaselineRounds
{
    /// <summary>Runs <paramref name="measure"/>, this build's measurements in this process, <paramref name="rounds"/> times.</summary>
    public static void InProcess(int rounds, Action<string> progress, Action measure)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(measure);
        for (int round = 1; round <= rounds; round++)
        {
            progress($"round {round} of {rounds}");
            measure();
        }
    }

    /// <summary>Runs one round of <paramref name="arguments"/> (<c>bench</c>, the benchmark and its options,
    /// without <c>--rounds</c>) on <paramref name="baseline"/> and then on this build, each in a process of
    /// its own, <paramref name="rounds"/> times; returns what each side printed in each round.</summary>
    public static (IReadOnlyList<string> Baseline, IReadOnlyList<string> Current) Apart(int rounds, BaselineBuild baseline,
        IReadOnlyList<string> arguments, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(progress);
        IReadOnlyList<string> baselineArguments = baseline.OneRound(arguments);
        string[] currentArguments = [.. arguments, "--rounds", "1"];
        var baselineOutputs = new List<string>();
        var currentOutputs = new List<string>();
        for (int round = 1; round <= rounds; round++)
        {
            progress($"round {round} of {rounds}: baseline {baseline.Commit[..12]}: nexus {string.Join(' ', baselineArguments)}");
            baselineOutputs.Add(baseline.Run(baselineArguments));
            progress($"round {round} of {rounds}: this build: nexus {string.Join(' ', currentArguments)}");
            currentOutputs.Add(BaselineBuild.RunCurrent(currentArguments));
        }
        return (baselineOutputs, currentOutputs);
    }
}
