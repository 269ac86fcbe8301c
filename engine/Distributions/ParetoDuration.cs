using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Distributions;

/// <summary>Pareto: at least <c>scale</c>, heavy-tailed for a small <c>shape</c>.</summary>
public sealed class ParetoDuration : DurationDistribution
{
    private readonly double _scaleSeconds;
    private readonly double _shape;

    /// <summary>Rejects a non-positive scale or shape, naming it.</summary>
    public ParetoDuration(SimDuration scale, double shape)
    {
        _scaleSeconds = RequirePositive(scale.TotalSeconds, nameof(scale));
        _shape = RequirePositive(shape, nameof(shape));
    }

    /// <inheritdoc />
    public override SimDuration Sample(SimRandom random) =>
        FromSecondsClamped(MathNet.Numerics.Distributions.Pareto.Sample(random, _scaleSeconds, _shape));

    /// <inheritdoc />
    public override SimDuration Mean => _shape <= 1
        ? new SimDuration(long.MaxValue / 4)
        : FromSecondsClamped(_shape * _scaleSeconds / (_shape - 1));

    /// <inheritdoc />
    public override string Describe() => string.Format(CultureInfo.InvariantCulture,
        "pareto(scale {0:R} ms, shape {1:R})", _scaleSeconds * 1e3, _shape);
}
