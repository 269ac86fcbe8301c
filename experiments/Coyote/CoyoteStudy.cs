namespace Nexus.Experiments.Coyote;

/// <summary>A strategy study (keys: configs/README.md): every seeded bug of the hunt assembly, hunted by
/// every strategy under every Coyote seed, up to <paramref name="IterationsMax"/> iterations each, and by
/// the simulator's own swarm search on virtual time, up to <paramref name="SwarmSeedsMax"/> seeds.</summary>
public sealed record CoyoteStudy(
    string Name,
    string Path,
    string Assembly,
    IReadOnlyList<CoyoteStrategy> Strategies,
    IReadOnlyList<uint> Seeds,
    uint IterationsMax,
    int SwarmSeedsMax)
{
    /// <summary>The seeded bugs to hunt; null for every one the assembly has.</summary>
    public IReadOnlyList<string>? Bugs { get; init; }
}
