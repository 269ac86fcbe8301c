namespace Nexus.Engine;

/// <summary>An engine invariant did not hold: a bug in Nexus or in code driving it, never an expected outcome.</summary>
public sealed class InvariantViolation(string message) : Exception(message);
