using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Distributions;

/// <summary>Uniform on [min, max], in whole nanoseconds.</summary>
public sealed class UniformDuration : DurationDistribution
{
    private readonly SimDuration _min;
    private readonly SimDuration _max;

    /// <summary>Rejects a negative bound or max below min, naming the value.</summary>
    public UniformDuration(SimDuration min, SimDuration max)
    {
        _min = min.RequireNonNegative(nameof(min));
        _max = max.RequireNonNegative(nameof(max));
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max ({max}) must not be below min ({min})");
        }
    }

    /// <inheritdoc />
    public override SimDuration Sample(SimRandom random) =>
        new(random.NextInt64(_min.Nanoseconds, checked(_max.Nanoseconds + 1)));

    /// <inheritdoc />
    public override SimDuration Mean => new((_min.Nanoseconds + _max.Nanoseconds) / 2);

    /// <inheritdoc />
    public override string Describe() => string.Format(CultureInfo.InvariantCulture,
        "uniform({0:R} ms, {1:R} ms)", _min.TotalMilliseconds, _max.TotalMilliseconds);
}
