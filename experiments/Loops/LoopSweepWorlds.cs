namespace Nexus.Experiments.Loops;

/// <summary>The worlds a loop sweep can run on, registered here, once.</summary>
public static class LoopSweepWorlds
{
    /// <summary>Every world a sweep can run on, by name, in the order error messages list them.</summary>
    public static IReadOnlyList<ILoopSweepWorld> All { get; } = [new NetworkSweepWorld(), new BlackboardSweepWorld()];

    /// <summary>The world named <paramref name="name"/>; an unknown name throws, naming it and the known ones.</summary>
    public static ILoopSweepWorld Named(string name) =>
        All.FirstOrDefault(world => world.Name == name)
        ?? throw new ArgumentException($"unknown world '{name}' (known: {string.Join(", ", All.Select(world => world.Name))})", nameof(name));
}
