using Nexus.Experiments.Configuration;

namespace Nexus.Experiments.Loops;

/// <summary>One independent unit of a loop sweep: one rollout through the loop with one proposer, mode and ρ.</summary>
public sealed record LoopUnit(ProposerSpec Proposer, string Mode, double Rho, int Rollout);
