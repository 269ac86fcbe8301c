namespace Nexus.Experiments.Boundary.Wire;

/// <summary>Whether a compare-and-swap applied.</summary>
public sealed record SwappedBody(bool Swapped);
