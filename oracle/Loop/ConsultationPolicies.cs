using Nexus.Engine.Randomness;

namespace Nexus.Oracle.Loop;

/// <summary>The consultation policies (docs/network-world.md, The loop), and Bernoulli, which the reference does
/// not define: ours consults with probability ρ at each step it is asked, from its own seeded
/// CPython-compatible generator, one <c>random()</c> per ask.</summary>
public static class ConsultationPolicies
{
    /// <summary>Never proposes a consultation (the backstop may still force one).</summary>
    public static IConsultationPolicy Never { get; } = new Rule((_, _, _) => false);

    /// <summary>Every k-th step, <c>k = max(1, round_half_even(1/ρ))</c>; never at ρ = 0.</summary>
    public static IConsultationPolicy FixedInterval(double rho)
    {
        Budget.RequireRho(rho);
        if (rho == 0)
        {
            return Never;
        }
        int k = Math.Max(1, (int)Math.Round(1.0 / rho, MidpointRounding.ToEven));
        return new Rule((step, _, _) => step % k == 0);
    }

    /// <summary>Consults when the signal exceeds τ.</summary>
    public static IConsultationPolicy UncertaintyTriggered(double tau) => new Rule((_, signal, _) => signal > tau);

    /// <summary>Consults when the signals accumulated since the last consultation exceed τ.</summary>
    public static IConsultationPolicy DriftTriggered(double tau) => new Rule((_, _, accumulated) => accumulated > tau);

    /// <summary>Consults with probability <paramref name="rho"/> at each step it is asked.</summary>
    public static IConsultationPolicy Bernoulli(double rho, int seed)
    {
        Budget.RequireRho(rho);
        var random = new CPythonRandom(seed);
        return new Rule((_, _, _) => random.Random() < rho);
    }

    /// <summary>τ of the uncertainty policy: the signal at quantile 1 − ρ of the unaided rollout's signals.</summary>
    public static double CalibrateUncertainty(IReadOnlyList<double> signals, double rho)
    {
        ArgumentNullException.ThrowIfNull(signals);
        Budget.RequireRho(rho);
        if (signals.Count == 0)
        {
            return 0.0;
        }
        double[] sorted = [.. signals.Order()];
        double q = 1.0 - rho;
        int index = Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Round(q * (sorted.Length - 1), MidpointRounding.ToEven)));
        return sorted[index];
    }

    /// <summary>τ of the drift policy: the signals' sum (left to right, as CPython 3.11's <c>sum</c>) over the budget; +∞ when the budget is 0.</summary>
    public static double CalibrateDrift(IReadOnlyList<double> signals, double rho)
    {
        ArgumentNullException.ThrowIfNull(signals);
        int budget = Budget.Of(rho, signals.Count);
        if (budget == 0)
        {
            return double.PositiveInfinity;
        }
        double sum = 0.0;
        foreach (double signal in signals)
        {
            sum += signal;
        }
        return sum / budget;
    }

    private sealed class Rule(Func<int, double, double, bool> decide) : IConsultationPolicy
    {
        public bool ShouldConsult(int step, double signal, double accumulated) => decide(step, signal, accumulated);
    }
}
