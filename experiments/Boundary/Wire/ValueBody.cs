namespace Nexus.Experiments.Boundary.Wire;

/// <summary>A key-value value: the body of a put, the answer to a get (null when absent).</summary>
public sealed record ValueBody(string? Value);
