namespace Nexus.Experiments.Boundary.Wire;

/// <summary>An object's state ("" when absent).</summary>
public sealed record StateBody(string State);
