using Nexus.Experiments.Configuration;

namespace Nexus.Experiments.Loops;

/// <summary>Runs a loop sweep on the world its config names: for every proposer, mode and ρ, every
/// rollout through the same loop; the faithful horizon at every ε; then per (proposer, mode, ε, ρ) the
/// mean with a bootstrap interval. The worlds a sweep can run on are registered here, once.</summary>
public static class LoopSweep
{
    /// <summary>Every world a sweep can run on, by name, in the order error messages list them.</summary>
    public static IReadOnlyList<ILoopSweepWorld> Worlds { get; } = [new NetworkSweep(), new BlackboardSweep()];

    /// <summary>The world named <paramref name="name"/>; an unknown name throws, naming it and the known ones.</summary>
    public static ILoopSweepWorld World(string name) =>
        Worlds.FirstOrDefault(world => world.Name == name)
        ?? throw new ArgumentException($"unknown world '{name}' (known: {string.Join(", ", Worlds.Select(world => world.Name))})", nameof(name));

    /// <summary>Runs every unit of <paramref name="config"/>, reporting each finished rollout to <paramref name="progress"/> (done, total).</summary>
    public static IReadOnlyList<HorizonRow> Run(LoopSweepConfig config, Action<int, int> progress)
    {
        ArgumentNullException.ThrowIfNull(config);
        return SweepAggregation.Aggregate(config, new LoopSweepPlan(config, "").Run(null, 1, progress)!);
    }
}
