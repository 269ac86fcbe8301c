namespace Nexus.Experiments.Coyote;

/// <summary>A strategy study (keys: configs/README.md): every seeded bug of the scenario library's
/// rewritten copy <paramref name="Assembly"/>, hunted behind the target profile <paramref name="Profile"/> by
/// every strategy under every Coyote seed, up to <paramref name="IterationsMax"/> iterations each, and by
/// the simulator's own swarm search on virtual time, up to <paramref name="SwarmSeedsMax"/> seeds.</summary>
public sealed record CoyoteStudy(
    string Name,
    string Path,
    string Assembly,
    string Profile,
    IReadOnlyList<CoyoteStrategy> Strategies,
    IReadOnlyList<uint> Seeds,
    uint IterationsMax,
    int SwarmSeedsMax)
{
    /// <summary>The seeded bugs to hunt; null for every one the catalogue has.</summary>
    public IReadOnlyList<string>? Bugs { get; init; }
}
