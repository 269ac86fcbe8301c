namespace Nexus.Oracle.Statistics;

/// <summary>The correctly rounded sum of binary64 values (Shewchuk's partials, as CPython's
/// <c>math.fsum</c>): the result is the exact sum rounded once, whatever the order of the values.</summary>
public static class ExactSum
{
    /// <summary>The correctly rounded sum of <paramref name="values"/> (finite values).</summary>
    public static double Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var partials = new List<double>();
        foreach (double value in values)
        {
            double x = value;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }
                double high = x + y;
                double low = y - (high - x);
                if (low != 0.0)
                {
                    partials[i++] = low;
                }
                x = high;
            }
            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }
        return RoundPartials(partials);
    }

    /// <summary>Adds the partials from the largest down, then corrects the last rounding if the rest
    /// of the partials says the result is not exactly half-way (CPython's <c>fsum</c> tail).</summary>
    private static double RoundPartials(List<double> partials)
    {
        int n = partials.Count;
        if (n == 0)
        {
            return 0.0;
        }
        double high = partials[--n];
        double low = 0.0;
        while (n > 0)
        {
            double x = high;
            double y = partials[--n];
            high = x + y;
            double yRounded = high - x;
            low = y - yRounded;
            if (low != 0.0)
            {
                break;
            }
        }
        if (n > 0 && ((low < 0.0 && partials[n - 1] < 0.0) || (low > 0.0 && partials[n - 1] > 0.0)))
        {
            double y = low * 2.0;
            double x = high + y;
            if (y == x - high)
            {
                high = x;
            }
        }
        return high;
    }
}
