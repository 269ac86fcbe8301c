namespace Nexus.Experiments.Boundary.Wire;

/// <summary>Why a request failed: its HTTP status says how, this says what.</summary>
public sealed record ErrorBody(string Error);
