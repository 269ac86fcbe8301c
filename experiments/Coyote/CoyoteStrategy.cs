using CoyoteConfiguration = Microsoft.Coyote.Configuration;

namespace Nexus.Experiments.Coyote;

/// <summary>A Coyote exploration strategy by its config name, with Coyote's default bounds.</summary>
public sealed record CoyoteStrategy(string Name, Func<CoyoteConfiguration, CoyoteConfiguration> Apply)
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
        new("q-learning", configuration => configuration.WithQLearningStrategy()),
    ];

    /// <summary>The names, for errors and docs.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(strategy => strategy.Name)];

    /// <summary>The strategy named <paramref name="name"/>.</summary>
    public static CoyoteStrategy Named(string name) => All.Single(strategy => strategy.Name == name);
}
