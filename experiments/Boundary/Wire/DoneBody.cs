namespace Nexus.Experiments.Boundary.Wire;

/// <summary>A write that applied.</summary>
public sealed record DoneBody(bool Ok);
