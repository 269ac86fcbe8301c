using Nexus.Engine;
using Nexus.Engine.Time;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Transactions;

/// <summary>The two-phase-commit target: how one coordinator-participant exchange behaves, how often a
/// participant refuses to prepare, and how the coordinator retries delivering its decision.
/// Loaded from <c>configs/profiles/two-phase-commit.yaml</c>.</summary>
public sealed record TwoPhaseCommitProfile(
    OperationProfile Message,
    Probability VoteNoProbability,
    SimDuration DecisionRetryInterval,
    int DecisionAttemptsMax);
