using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Distributions;

/// <summary>Log-normal given its median and sigma (of the log), the usual shape of service latency.</summary>
public sealed class LogNormalDuration : DurationDistribution
{
    private readonly double _mu;
    private readonly double _sigma;
    private readonly SimDuration _median;

    /// <summary>Rejects a non-positive median or sigma, naming it.</summary>
    public LogNormalDuration(SimDuration median, double sigma)
    {
        _median = median;
        _mu = Math.Log(RequirePositive(median.TotalSeconds, nameof(median)));
        _sigma = RequirePositive(sigma, nameof(sigma));
    }

    /// <inheritdoc />
    public override SimDuration Sample(SimRandom random) =>
        FromSecondsClamped(MathNet.Numerics.Distributions.LogNormal.Sample(random, _mu, _sigma));

    /// <inheritdoc />
    public override SimDuration Mean => FromSecondsClamped(Math.Exp(_mu + _sigma * _sigma / 2));

    /// <inheritdoc />
    public override string Describe() => string.Format(CultureInfo.InvariantCulture,
        "lognormal(median {0:R} ms, sigma {1:R})", _median.TotalMilliseconds, _sigma);
}
