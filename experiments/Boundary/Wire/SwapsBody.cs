namespace Nexus.Experiments.Boundary.Wire;

/// <summary>An atomic compare-and-swap of several distinct keys.</summary>
public sealed record SwapsBody(IReadOnlyList<SwapBody> Swaps);
