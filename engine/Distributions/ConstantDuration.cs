using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Distributions;

/// <summary>Always the same duration; draws nothing from the stream.</summary>
public sealed class ConstantDuration(SimDuration value) : DurationDistribution
{
    private readonly SimDuration _value = value.RequireNonNegative(nameof(value));

    /// <inheritdoc />
    public override SimDuration Sample(SimRandom random) => _value;

    /// <inheritdoc />
    public override SimDuration Mean => _value;

    /// <inheritdoc />
    public override string Describe() => $"constant({_value.TotalMilliseconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} ms)";
}
