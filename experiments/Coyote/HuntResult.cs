namespace Nexus.Experiments.Coyote;

/// <summary>One hunt of one seeded bug: by a Coyote strategy under one Coyote seed, or by the swarm
/// search on virtual time (<see cref="Seed"/> 0). <see cref="Iterations"/> counts the iterations (or
/// swarm seeds) run up to and including the first that failed; null when none failed within the cap.
/// <see cref="Seconds"/> is wall time, printed and never written.
/// <see cref="Reproducible"/> is false for a hunter whose iterations a fixed seed does not repeat.</summary>
public sealed record HuntResult(string Bug, string Hunter, uint Seed, long? Iterations, double Seconds, string? Failure, bool Reproducible = true);
