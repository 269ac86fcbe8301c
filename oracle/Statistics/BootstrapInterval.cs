using Nexus.Engine.Randomness;

namespace Nexus.Oracle.Statistics;

/// <summary>The mean of a list with a percentile bootstrap confidence interval (network-world spec
/// section 9.8): resamples drawn with <c>floor(random() × n)</c> from <c>Random(seed)</c>, means by
/// exact summation, the interval read at indices <c>trunc(α/2 · R)</c> and <c>trunc((1 − α/2) · R)</c>.</summary>
public readonly record struct BootstrapInterval(double Mean, double Low, double High)
{
    /// <summary>The interval of <paramref name="values"/>; NaN for an empty list, the value itself for one.</summary>
    public static BootstrapInterval Of(IReadOnlyList<double> values, int resamples = 1000, double alpha = 0.05, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must lie in (0, 1)");
        }
        int n = values.Count;
        if (n == 0)
        {
            return new BootstrapInterval(double.NaN, double.NaN, double.NaN);
        }
        if (n == 1)
        {
            return new BootstrapInterval(values[0], values[0], values[0]);
        }
        var random = new CPythonRandom(seed);
        double count = n;
        var means = new double[resamples];
        var draw = new double[n];
        for (int r = 0; r < resamples; r++)
        {
            for (int i = 0; i < n; i++)
            {
                draw[i] = values[(int)Math.Floor(random.Random() * count)];
            }
            means[r] = ExactSum.Of(draw) / n;
        }
        Array.Sort(means);
        double low = means[Math.Max(0, (int)Math.Truncate(alpha / 2 * resamples))];
        double high = means[Math.Min(resamples - 1, (int)Math.Truncate((1 - alpha / 2) * resamples))];
        return new BootstrapInterval(ExactSum.Of(values) / n, low, high);
    }
}
