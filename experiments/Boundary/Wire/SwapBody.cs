namespace Nexus.Experiments.Boundary.Wire;

/// <summary>One compare-and-swap: set <see cref="Key"/> to <see cref="New"/> if it holds <see cref="Expected"/>.</summary>
public sealed record SwapBody(string Key, string Expected, string New);
