namespace Nexus.Experiments.Boundary.Wire;

/// <summary>The keys a list found, in ordinal order.</summary>
public sealed record KeysBody(IReadOnlyList<string> Keys);
