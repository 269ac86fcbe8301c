using System.Globalization;

namespace Nexus.Engine.Time;

/// <summary>A span of virtual time in whole nanoseconds. May be negative as a value;
/// the runtime and the network reject negative delays where they are used.</summary>
public readonly record struct SimDuration(long Nanoseconds) : IComparable<SimDuration>
{
    /// <summary>No time at all.</summary>
    public static readonly SimDuration Zero = new(0);

    /// <summary>Whole nanoseconds.</summary>
    public static SimDuration FromNanoseconds(long nanoseconds) => new(nanoseconds);

    /// <summary>Whole microseconds.</summary>
    public static SimDuration FromMicroseconds(long microseconds) => new(checked(microseconds * 1_000));

    /// <summary>Whole milliseconds.</summary>
    public static SimDuration FromMilliseconds(long milliseconds) => new(checked(milliseconds * 1_000_000));

    /// <summary>Seconds, rounded to the nearest nanosecond. Rejects NaN and values out of range.</summary>
    public static SimDuration FromSeconds(double seconds)
    {
        double nanoseconds = Math.Round(seconds * 1e9);
        if (double.IsNaN(nanoseconds) || nanoseconds >= 9.2e18 || nanoseconds <= -9.2e18)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds,
                $"duration of {seconds.ToString("R", CultureInfo.InvariantCulture)} s is not representable in nanoseconds");
        }
        return new((long)nanoseconds);
    }

    /// <summary>The span in seconds, for reports.</summary>
    public double TotalSeconds => Nanoseconds / 1e9;

    /// <summary>The span in milliseconds, for reports.</summary>
    public double TotalMilliseconds => Nanoseconds / 1e6;

    /// <inheritdoc />
    public int CompareTo(SimDuration other) => Nanoseconds.CompareTo(other.Nanoseconds);

    /// <summary>Sum; throws rather than wrapping around.</summary>
    public static SimDuration operator +(SimDuration a, SimDuration b) => new(checked(a.Nanoseconds + b.Nanoseconds));

    /// <summary>Scaled by a whole factor; throws rather than wrapping around.</summary>
    public static SimDuration operator *(SimDuration a, long factor) => new(checked(a.Nanoseconds * factor));

    /// <summary>Shorter than.</summary>
    public static bool operator <(SimDuration a, SimDuration b) => a.Nanoseconds < b.Nanoseconds;

    /// <summary>Longer than.</summary>
    public static bool operator >(SimDuration a, SimDuration b) => a.Nanoseconds > b.Nanoseconds;

    /// <summary>Not longer than.</summary>
    public static bool operator <=(SimDuration a, SimDuration b) => a.Nanoseconds <= b.Nanoseconds;

    /// <summary>Not shorter than.</summary>
    public static bool operator >=(SimDuration a, SimDuration b) => a.Nanoseconds >= b.Nanoseconds;

    /// <summary>Nanoseconds, invariant culture.</summary>
    public override string ToString() => Nanoseconds.ToString(CultureInfo.InvariantCulture) + "ns";

    /// <summary>Throws, naming <paramref name="what"/> and the value, when the span is negative.</summary>
    public SimDuration RequireNonNegative(string what)
    {
        if (Nanoseconds < 0)
        {
            throw new ArgumentOutOfRangeException(what, Nanoseconds,
                $"{what} must not be negative, got {Nanoseconds.ToString(CultureInfo.InvariantCulture)} ns");
        }
        return this;
    }
}
