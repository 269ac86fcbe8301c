using System.Globalization;

namespace Nexus.Engine;

/// <summary>A probability, checked to lie in [0, 1] when it is made.</summary>
public readonly record struct Probability
{
    /// <summary>Never.</summary>
    public static readonly Probability Zero = new(0.0);

    /// <summary>Always.</summary>
    public static readonly Probability One = new(1.0);

    /// <summary>Makes a probability; a value outside [0, 1] or NaN throws, naming the value.</summary>
    public Probability(double value)
    {
        if (!(value >= 0.0 && value <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"probability must lie in [0, 1], got {value.ToString("R", CultureInfo.InvariantCulture)}");
        }
        Value = value;
    }

    /// <summary>The probability as a number in [0, 1].</summary>
    public double Value { get; }

    /// <summary>Invariant culture, round-trip format.</summary>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
