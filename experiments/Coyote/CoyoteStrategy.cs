using CoyoteConfiguration = Microsoft.Coyote.Configuration;

namespace Nexus.Experiments.Coyote;

/// <summary>A Coyote exploration strategy by its config name, with Coyote's default bounds.
/// <paramref name="Reproducible"/> says whether a fixed Coyote seed repeats its exploration in another
/// process: only then are its numbers written to a committed output.</summary>
public sealed record CoyoteStrategy(string Name, Func<CoyoteConfiguration, CoyoteConfiguration> Apply, bool Reproducible = true)
{
    /// <summary>Every strategy a study can name, in the order the study reports them.</summary>
    public static IReadOnlyList<CoyoteStrategy> All { get; } =
    [
        new("random", configuration => configuration.WithRandomStrategy()),
        new("probabilistic", configuration => configuration.WithProbabilisticStrategy()),
        new("prioritization", configuration => configuration.WithPrioritizationStrategy(isFair: false)),
        new("fair-prioritization", configuration => configuration.WithPrioritizationStrategy(isFair: true)),
        new("delay-bounding", configuration => configuration.WithDelayBoundingStrategy(isFair: false)),
        new("fair-delay-bounding", configuration => configuration.WithDelayBoundingStrategy(isFair: true)),
        // Measured with Coyote 1.7.11: the same seed in two processes finds the same bug after
        // different numbers of iterations (its learned values key on hashes that differ per process).
        new("q-learning", configuration => configuration.WithQLearningStrategy(), Reproducible: false),
    ];

    /// <summary>The names, for errors and docs.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(strategy => strategy.Name)];

    /// <summary>The strategy named <paramref name="name"/>.</summary>
    public static CoyoteStrategy Named(string name) => All.Single(strategy => strategy.Name == name);
}
