using Nexus.Engine.Distributions;
using Nexus.Engine.Time;

namespace Nexus.Scenarios.Configuration;

/// <summary>Reads a duration distribution from a config mapping: <c>distribution</c> names the kind,
/// and the other keys are its parameters, in milliseconds where they are durations.</summary>
/// <example><code>latency: { distribution: lognormal, median_ms: 10, sigma: 0.5 }</code></example>
public static class DistributionConfig
{
    /// <summary>The kinds and their keys, for error messages and the reference page.</summary>
    public const string Kinds = "constant (value_ms), uniform (min_ms, max_ms), exponential (mean_ms), lognormal (median_ms, sigma), pareto (scale_ms, shape)";

    /// <summary>The longest duration a profile may give, in milliseconds: a day. Sums of draws stay far
    /// inside virtual time's range (about 292 years), and nothing a deployment does waits longer.</summary>
    public const double MillisecondsMax = 86_400_000;

    /// <summary>The widest lognormal: at sigma 4 one draw in a thousand is already 200,000 times the median.</summary>
    public const double SigmaMax = 4;

    /// <summary>The heaviest and the lightest Pareto tails a profile may give.</summary>
    public const double ShapeMin = 0.5;

    /// <inheritdoc cref="ShapeMin"/>
    public const double ShapeMax = 100;

    /// <summary>The distribution under <paramref name="key"/> of <paramref name="parent"/>.</summary>
    public static DurationDistribution Read(ConfigSection parent, string key)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ConfigSection section = parent.Section(key);
        string kind = section.Text("distribution");
        DurationDistribution distribution = kind switch
        {
            "constant" => DurationDistribution.Constant(Milliseconds(section, "value_ms", positive: false)),
            "uniform" => Uniform(section),
            "exponential" => DurationDistribution.Exponential(Milliseconds(section, "mean_ms", positive: true)),
            "lognormal" => DurationDistribution.LogNormal(Milliseconds(section, "median_ms", positive: true), section.Number("sigma", 1e-9, SigmaMax)),
            "pareto" => DurationDistribution.Pareto(Milliseconds(section, "scale_ms", positive: true), section.Number("shape", ShapeMin, ShapeMax)),
            _ => throw section.ErrorAt("distribution", $"unknown distribution '{kind}' (known: {Kinds})"),
        };
        section.RejectUnknownKeys();
        return distribution;
    }

    /// <summary>A non-negative duration in milliseconds under <paramref name="key"/>, at most <see cref="MillisecondsMax"/>.</summary>
    public static SimDuration Milliseconds(ConfigSection section, string key, bool positive)
    {
        ArgumentNullException.ThrowIfNull(section);
        double value = section.Number(key, min: 0, max: MillisecondsMax);
        if (positive && value <= 0)
        {
            throw section.ErrorAt(key, $"must be positive, got {value}");
        }
        return SimDuration.FromSeconds(value / 1e3);
    }

    private static DurationDistribution Uniform(ConfigSection section)
    {
        SimDuration min = Milliseconds(section, "min_ms", positive: false);
        SimDuration max = Milliseconds(section, "max_ms", positive: false);
        return max < min
            ? throw section.ErrorAt("max_ms", $"must not be below min_ms ({min.TotalMilliseconds} ms)")
            : DurationDistribution.Uniform(min, max);
    }
}
