namespace Nexus.Experiments.Benchmarks;

/// <summary>The rounds of a benchmark, and with a baseline, the protocol that makes the two sides
/// comparable: in each round the baseline build runs the whole command in a process of its own, then
/// this build runs the same command line the same way (a process of its own too: measured in this
/// process, this build would run warm against a cold baseline, which measured 1.04x-1.10x in its favour
/// against the very same code). Each figure is then the best of its rounds on either side, so a burst
/// of load from elsewhere on the machine costs a round, not the comparison.</summary>
public static class BaselineRounds
{
    /// <summary>Without a baseline, runs <paramref name="measure"/> (this build's measurements, in this
    /// process) <paramref name="rounds"/> times and returns nothing. With one, returns what each side
    /// printed in each round, running one round of <paramref name="arguments"/> (<c>bench</c>, the
    /// benchmark and its options, without <c>--rounds</c>) on both.</summary>
    public static (IReadOnlyList<string> Baseline, IReadOnlyList<string> Current) Run(int rounds, BaselineBuild? baseline,
        IReadOnlyList<string> arguments, Action<string> progress, Action measure)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(measure);
        var baselineOutputs = new List<string>();
        var currentOutputs = new List<string>();
        IReadOnlyList<string> baselineArguments = baseline?.OneRound(arguments) ?? arguments;
        string[] currentArguments = [.. arguments, "--rounds", "1"];
        for (int round = 1; round <= rounds; round++)
        {
            if (baseline is null)
            {
                progress($"round {round} of {rounds}");
                measure();
                continue;
            }
            progress($"round {round} of {rounds}: baseline {baseline.Commit[..12]}: nexus {string.Join(' ', baselineArguments)}");
            baselineOutputs.Add(baseline.Run(baselineArguments));
            progress($"round {round} of {rounds}: this build: nexus {string.Join(' ', currentArguments)}");
            currentOutputs.Add(BaselineBuild.RunCurrent(currentArguments));
        }
        return (baselineOutputs, currentOutputs);
    }
}
