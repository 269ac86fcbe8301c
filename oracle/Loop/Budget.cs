using System.Globalization;

namespace Nexus.Oracle.Loop;

/// <summary>The consultation budget: <c>B = floor(ρ × T)</c>, one binary64 product.</summary>
public static class Budget
{
    /// <summary>The budget for fraction <paramref name="rho"/> of <paramref name="steps"/> steps.</summary>
    public static int Of(double rho, int steps)
    {
        RequireRho(rho);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        return (int)Math.Floor(rho * steps);
    }

    /// <summary>Throws, naming the value, unless ρ lies in [0, 1].</summary>
    public static void RequireRho(double rho)
    {
        if (!(rho >= 0 && rho <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), rho,
                $"rho must lie in [0, 1], got {rho.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }
}
