using System.Globalization;

namespace Nexus.Engine.Faults;

/// <summary>A closed range [Min, Max] that swarm mode draws a knob from.</summary>
public readonly record struct Interval(double Min, double Max)
{
    /// <summary>Throws, naming <paramref name="name"/> and the bounds, unless the bounds are finite and ordered.</summary>
    public Interval Validate(string name)
    {
        if (!double.IsFinite(Min) || !double.IsFinite(Max) || Max < Min)
        {
            throw new ArgumentOutOfRangeException(name, this, $"{name} must be a finite range with min <= max, got {this}");
        }
        return this;
    }

    /// <summary>Throws unless the range also lies within [0, 1].</summary>
    public Interval ValidateProbability(string name)
    {
        Validate(name);
        if (Min < 0 || Max > 1)
        {
            throw new ArgumentOutOfRangeException(name, this, $"{name} must lie within [0, 1], got {this}");
        }
        return this;
    }

    /// <summary>"[min, max]" in invariant round-trip form.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "[{0:R}, {1:R}]", Min, Max);
}
