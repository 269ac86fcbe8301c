using System.Globalization;

namespace Nexus.Engine.Time;

/// <summary>A point in virtual time: whole nanoseconds since the start of a run.</summary>
public readonly record struct SimTime(long Nanoseconds) : IComparable<SimTime>
{
    /// <summary>The start of every run.</summary>
    public static readonly SimTime Zero = new(0);

    /// <summary>The latest representable time; used as "no limit".</summary>
    public static readonly SimTime MaxValue = new(long.MaxValue);

    /// <summary>The time <paramref name="seconds"/> after the start, rounded to the nanosecond.</summary>
    public static SimTime FromSeconds(double seconds) => new(SimDuration.FromSeconds(seconds).Nanoseconds);

    /// <summary>Seconds since the start, for reports and figures.</summary>
    public double TotalSeconds => Nanoseconds / 1e9;

    /// <inheritdoc />
    public int CompareTo(SimTime other) => Nanoseconds.CompareTo(other.Nanoseconds);

    /// <summary>The time <paramref name="duration"/> later; throws rather than wrapping around.</summary>
    public static SimTime operator +(SimTime time, SimDuration duration) =>
        new(checked(time.Nanoseconds + duration.Nanoseconds));

    /// <summary>The time between two points.</summary>
    public static SimDuration operator -(SimTime later, SimTime earlier) =>
        new(checked(later.Nanoseconds - earlier.Nanoseconds));

    /// <summary>Earlier than.</summary>
    public static bool operator <(SimTime a, SimTime b) => a.Nanoseconds < b.Nanoseconds;

    /// <summary>Later than.</summary>
    public static bool operator >(SimTime a, SimTime b) => a.Nanoseconds > b.Nanoseconds;

    /// <summary>Not later than.</summary>
    public static bool operator <=(SimTime a, SimTime b) => a.Nanoseconds <= b.Nanoseconds;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(SimTime a, SimTime b) => a.Nanoseconds >= b.Nanoseconds;

    /// <summary>Nanoseconds, invariant culture: the form traces use.</summary>
    public override string ToString() => Nanoseconds.ToString(CultureInfo.InvariantCulture) + "ns";
}
