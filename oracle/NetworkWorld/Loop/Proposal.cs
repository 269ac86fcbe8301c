namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>What a proposer predicts for one step: a delta, and how unsure it is (0 when it says nothing).</summary>
public readonly record struct Proposal(IReadOnlyList<NetEdit> Delta, double Signal);
