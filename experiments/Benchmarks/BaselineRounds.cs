namespace Nexus.Experiments.Benchmarks;

/// <summary>The rounds of a benchmark measured beside a baseline: in each, the baseline build (when there
/// is one) runs the whole command, then this build measures the same. Each figure is then the best of
/// its rounds on either side, so a burst of load from elsewhere on the machine costs a round, not the comparison.</summary>
public static class BaselineRounds
{
    /// <summary>Runs <paramref name="rounds"/> rounds, <paramref name="measure"/> being this build's part of
    /// one; returns what the baseline printed in each (none without a baseline).</summary>
    public static IReadOnlyList<string> Run(int rounds, BaselineBuild? baseline, IReadOnlyList<string> baselineArguments, Action<string> progress, Action measure)
    {
        ArgumentNullException.ThrowIfNull(baselineArguments);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(measure);
        var outputs = new List<string>();
        for (int round = 1; round <= rounds; round++)
        {
            if (baseline is not null)
            {
                progress($"round {round} of {rounds}: baseline {baseline.Commit[..12]}: nexus {string.Join(' ', baselineArguments)}");
                outputs.Add(baseline.Run(baselineArguments));
            }
            progress($"round {round} of {rounds}: this build");
            measure();
        }
        return outputs;
    }
}
