using Nexus.Worlds.Transactions;

namespace Nexus.Experiments.Checks;

/// <summary>What one seed of the two-phase-commit check runs under.</summary>
/// <param name="Profile">The coordinator-participant target.</param>
/// <param name="Swarm">Draw every crash (participants and coordinator) from the seed's swarm mix
/// instead of the fixed draws: one crash per participant, two of the coordinator.</param>
/// <param name="Defences">The defences in force.</param>
public sealed record TwoPhaseCommitCheckOptions(TwoPhaseCommitProfile Profile, bool Swarm, TwoPhaseCommitDefences Defences);
