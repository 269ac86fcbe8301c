using Nexus.Oracle.Loop;

namespace Nexus.Experiments.Loops;

/// <summary>The consultation policies a sweep names, and the one place that builds them.</summary>
public static class ConsultationPolicyNames
{
    /// <summary>Every policy name, as configs write it.</summary>
    public static IReadOnlyList<string> Names { get; } = ["never", "fixed", "bernoulli", "uncertainty", "drift"];

    /// <summary>The policy <paramref name="name"/> at <paramref name="rho"/>; the triggered ones are
    /// calibrated on the proposer's unaided <paramref name="signals"/>, in any world. An unknown name throws, naming it.</summary>
    public static IConsultationPolicy Create(string name, double rho, int seed, Func<IReadOnlyList<double>> signals) => name switch
    {
        "never" => ConsultationPolicies.Never,
        "fixed" => ConsultationPolicies.FixedInterval(rho),
        "bernoulli" => ConsultationPolicies.Bernoulli(rho, seed),
        "uncertainty" => ConsultationPolicies.UncertaintyTriggered(ConsultationPolicies.CalibrateUncertainty(signals(), rho)),
        "drift" => ConsultationPolicies.DriftTriggered(ConsultationPolicies.CalibrateDrift(signals(), rho)),
        _ => throw new ArgumentException($"unknown consultation policy '{name}' (known: {string.Join(", ", Names)})", nameof(name)),
    };
}
