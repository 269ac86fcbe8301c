using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Distributions;

/// <summary>A distribution of non-negative durations (latencies, service times), sampled from a
/// seeded stream. Parameters are checked when it is made; a sample is never negative.</summary>
public abstract class DurationDistribution
{
    /// <summary>One duration drawn from <paramref name="random"/>.</summary>
    public abstract SimDuration Sample(SimRandom random);

    /// <summary>The mean, for reports and for checking a configuration.</summary>
    public abstract SimDuration Mean { get; }

    /// <summary>The distribution and its parameters, as a person writes them.</summary>
    public abstract string Describe();

    /// <summary>Always <paramref name="value"/>.</summary>
    public static DurationDistribution Constant(SimDuration value) => new ConstantDuration(value);

    /// <summary>Uniform on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static DurationDistribution Uniform(SimDuration min, SimDuration max) => new UniformDuration(min, max);

    /// <summary>Exponential with the given mean.</summary>
    public static DurationDistribution Exponential(SimDuration mean) => new ExponentialDuration(mean);

    /// <summary>Log-normal with the given median and the standard deviation of its logarithm.</summary>
    public static DurationDistribution LogNormal(SimDuration median, double sigma) => new LogNormalDuration(median, sigma);

    /// <summary>Pareto with scale (the minimum) and shape; heavy-tailed for small shapes.</summary>
    public static DurationDistribution Pareto(SimDuration scale, double shape) => new ParetoDuration(scale, shape);

    /// <summary>Seconds to a duration, clamped at zero and at the largest representable span.</summary>
    protected static SimDuration FromSecondsClamped(double seconds)
    {
        if (!(seconds > 0))
        {
            return SimDuration.Zero;
        }
        return seconds >= 9.2e9 ? new SimDuration(long.MaxValue / 4) : SimDuration.FromSeconds(seconds);
    }

    /// <summary>Throws, naming the parameter and its value, unless it is a positive finite number.</summary>
    protected static double RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number, got {value}");
        }
        return value;
    }
}
