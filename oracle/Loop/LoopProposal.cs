namespace Nexus.Oracle.Loop;

/// <summary>A proposer's prediction in any world: a delta and an uncertainty signal.</summary>
public readonly record struct LoopProposal<TDelta>(TDelta Delta, double Signal);
