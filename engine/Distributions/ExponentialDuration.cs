using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Distributions;

/// <summary>Exponential with a given mean (MathNet's sampler on the seeded stream).</summary>
public sealed class ExponentialDuration : DurationDistribution
{
    private readonly double _rate;
    private readonly SimDuration _mean;

    /// <summary>Rejects a mean that is not positive, naming it.</summary>
    public ExponentialDuration(SimDuration mean)
    {
        _mean = mean;
        _rate = 1.0 / RequirePositive(mean.TotalSeconds, nameof(mean));
    }

    /// <inheritdoc />
    public override SimDuration Sample(SimRandom random) =>
        FromSecondsClamped(MathNet.Numerics.Distributions.Exponential.Sample(random, _rate));

    /// <inheritdoc />
    public override SimDuration Mean => _mean;

    /// <inheritdoc />
    public override string Describe() => string.Format(CultureInfo.InvariantCulture,
        "exponential(mean {0:R} ms)", _mean.TotalMilliseconds);
}
