namespace Nexus.Coyote.Tests.Hunts;

/// <summary>The hunts as Coyote tests, for the <c>coyote</c> command line on the built (rewritten)
/// assembly: <c>dotnet coyote test tests/Nexus.Coyote.Tests/bin/Release/net10.0/Nexus.Coyote.Tests.dll
/// -m SameFactThroughWorkers_Depth2 -i 10000</c>. For each scenario: the correct orchestration at
/// depth 1 and at depth 2 (cf-workers), and its seeded bug, where it has one, at depth 2.</summary>
public static class AttackHunts
{
    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SameFactThroughWorkers_Depth1() => HuntCatalogue.Named("same-fact-through-workers").UnderCoyote(1, null, nameof(SameFactThroughWorkers_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SameFactThroughWorkers_Depth2() => HuntCatalogue.Named("same-fact-through-workers").UnderCoyote(2, null, nameof(SameFactThroughWorkers_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SameFactThroughWorkers_CheckThenActReplayGuard() => HuntCatalogue.Named("same-fact-through-workers").UnderCoyote(Hunt.BugDepth, SeededBugs.CheckThenActReplayGuard, nameof(SameFactThroughWorkers_CheckThenActReplayGuard));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoClaimsOnOneIntent_Depth1() => HuntCatalogue.Named("two-claims-on-one-intent").UnderCoyote(1, null, nameof(TwoClaimsOnOneIntent_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoClaimsOnOneIntent_Depth2() => HuntCatalogue.Named("two-claims-on-one-intent").UnderCoyote(2, null, nameof(TwoClaimsOnOneIntent_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoClaimsOnOneIntent_ClaimWithoutCas() => HuntCatalogue.Named("two-claims-on-one-intent").UnderCoyote(Hunt.BugDepth, SeededBugs.ClaimWithoutCas, nameof(TwoClaimsOnOneIntent_ClaimWithoutCas));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ClaimRacingConclusion_Depth1() => HuntCatalogue.Named("claim-racing-conclusion").UnderCoyote(1, null, nameof(ClaimRacingConclusion_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ClaimRacingConclusion_Depth2() => HuntCatalogue.Named("claim-racing-conclusion").UnderCoyote(2, null, nameof(ClaimRacingConclusion_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ClaimRacingConclusion_ReleaseWithoutOwnerCheck() => HuntCatalogue.Named("claim-racing-conclusion").UnderCoyote(Hunt.BugDepth, SeededBugs.ReleaseWithoutOwnerCheck, nameof(ClaimRacingConclusion_ReleaseWithoutOwnerCheck));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task HeartbeatExpiryRacingConclusion_Depth1() => HuntCatalogue.Named("heartbeat-expiry-racing-conclusion").UnderCoyote(1, null, nameof(HeartbeatExpiryRacingConclusion_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task HeartbeatExpiryRacingConclusion_Depth2() => HuntCatalogue.Named("heartbeat-expiry-racing-conclusion").UnderCoyote(2, null, nameof(HeartbeatExpiryRacingConclusion_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task HeartbeatExpiryRacingConclusion_StaleReleaseIgnoringHeartbeat() => HuntCatalogue.Named("heartbeat-expiry-racing-conclusion").UnderCoyote(Hunt.BugDepth, SeededBugs.StaleReleaseIgnoringHeartbeat, nameof(HeartbeatExpiryRacingConclusion_StaleReleaseIgnoringHeartbeat));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoFlushesOnOneKey_Depth1() => HuntCatalogue.Named("two-flushes-on-one-key").UnderCoyote(1, null, nameof(TwoFlushesOnOneKey_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoFlushesOnOneKey_Depth2() => HuntCatalogue.Named("two-flushes-on-one-key").UnderCoyote(2, null, nameof(TwoFlushesOnOneKey_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoFlushesOnOneKey_FlushWithoutArbitration() => HuntCatalogue.Named("two-flushes-on-one-key").UnderCoyote(Hunt.BugDepth, SeededBugs.FlushWithoutArbitration, nameof(TwoFlushesOnOneKey_FlushWithoutArbitration));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SybilBurst_Depth1() => HuntCatalogue.Named("sybil-burst").UnderCoyote(1, null, nameof(SybilBurst_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SybilBurst_Depth2() => HuntCatalogue.Named("sybil-burst").UnderCoyote(2, null, nameof(SybilBurst_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SybilBurst_RateLimitReadModifyWrite() => HuntCatalogue.Named("sybil-burst").UnderCoyote(Hunt.BugDepth, SeededBugs.RateLimitReadModifyWrite, nameof(SybilBurst_RateLimitReadModifyWrite));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BlobWriteInterleaving_Depth1() => HuntCatalogue.Named("blob-write-interleaving").UnderCoyote(1, null, nameof(BlobWriteInterleaving_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BlobWriteInterleaving_Depth2() => HuntCatalogue.Named("blob-write-interleaving").UnderCoyote(2, null, nameof(BlobWriteInterleaving_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BlobWriteInterleaving_TimeoutTakenAsWritten() => HuntCatalogue.Named("blob-write-interleaving").UnderCoyote(Hunt.BugDepth, SeededBugs.TimeoutTakenAsWritten, nameof(BlobWriteInterleaving_TimeoutTakenAsWritten));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AbandonedClaim_Depth1() => HuntCatalogue.Named("abandoned-claim").UnderCoyote(1, null, nameof(AbandonedClaim_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AbandonedClaim_Depth2() => HuntCatalogue.Named("abandoned-claim").UnderCoyote(2, null, nameof(AbandonedClaim_Depth2));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AbandonedClaim_SchedulerStopsWhenIdle() => HuntCatalogue.Named("abandoned-claim").UnderCoyote(Hunt.BugDepth, SeededBugs.IdleStop, nameof(AbandonedClaim_SchedulerStopsWhenIdle));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AgentsAndScheduler_Depth1() => HuntCatalogue.Named("agents-and-scheduler").UnderCoyote(1, null, nameof(AgentsAndScheduler_Depth1));

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AgentsAndScheduler_Depth2() => HuntCatalogue.Named("agents-and-scheduler").UnderCoyote(2, null, nameof(AgentsAndScheduler_Depth2));
}
