namespace Nexus.Engine;

/// <summary>Engine assertions that stay on in every build (Debug.Assert vanishes in Release).
/// Messages are formatted only on failure; the generic overloads avoid boxing on the hot path.</summary>
public static class Invariant
{
    /// <summary>Throws <see cref="InvariantViolation"/> when <paramref name="condition"/> is false.</summary>
    public static void True(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(message);
        }
    }

    /// <summary>Throws with <paramref name="format"/> filled in when <paramref name="condition"/> is false.</summary>
    public static void True<T0>(bool condition, string format, T0 arg0)
    {
        if (!condition)
        {
            throw new InvariantViolation(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arg0));
        }
    }

    /// <summary>Throws with <paramref name="format"/> filled in when <paramref name="condition"/> is false.</summary>
    public static void True<T0, T1>(bool condition, string format, T0 arg0, T1 arg1)
    {
        if (!condition)
        {
            throw new InvariantViolation(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arg0, arg1));
        }
    }
}
