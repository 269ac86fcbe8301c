using System.Runtime.CompilerServices;
using Nexus.Scenarios.Hunts;

namespace Nexus.Coyote.Tests;

/// <summary>The hunts as Coyote tests, for the <c>coyote</c> command line on the built (rewritten)
/// assembly: <c>dotnet coyote test tests/Nexus.Coyote.Tests/bin/Release/net10.0/Nexus.Coyote.Tests.dll
/// -m SameFactThroughWorkers_Depth2 -i 10000</c>. For each scenario: the correct orchestration at
/// depth 1 and at depth 2 (cf-workers), and its seeded bug, where it has one, at depth 2. The methods'
/// names are the catalogue's (<see cref="Hunt.CoyoteTestNames"/>; a test holds them equal), which is how
/// the hunt mode lists them (<c>nexus hunts</c>).</summary>
public static class AttackHunts
{
    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SameFactThroughWorkers_Depth1() => Correct("same-fact-through-workers", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SameFactThroughWorkers_Depth2() => Correct("same-fact-through-workers", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SameFactThroughWorkers_CheckThenActReplayGuard() => Seeded("same-fact-through-workers");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoClaimsOnOneIntent_Depth1() => Correct("two-claims-on-one-intent", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoClaimsOnOneIntent_Depth2() => Correct("two-claims-on-one-intent", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoClaimsOnOneIntent_ClaimWithoutCas() => Seeded("two-claims-on-one-intent");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ClaimRacingConclusion_Depth1() => Correct("claim-racing-conclusion", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ClaimRacingConclusion_Depth2() => Correct("claim-racing-conclusion", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ClaimRacingConclusion_ReleaseWithoutOwnerCheck() => Seeded("claim-racing-conclusion");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task HeartbeatExpiryRacingConclusion_Depth1() => Correct("heartbeat-expiry-racing-conclusion", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task HeartbeatExpiryRacingConclusion_Depth2() => Correct("heartbeat-expiry-racing-conclusion", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task HeartbeatExpiryRacingConclusion_StaleReleaseIgnoringHeartbeat() => Seeded("heartbeat-expiry-racing-conclusion");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoFlushesOnOneKey_Depth1() => Correct("two-flushes-on-one-key", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoFlushesOnOneKey_Depth2() => Correct("two-flushes-on-one-key", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task TwoFlushesOnOneKey_FlushWithoutArbitration() => Seeded("two-flushes-on-one-key");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SybilBurst_Depth1() => Correct("sybil-burst", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SybilBurst_Depth2() => Correct("sybil-burst", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task SybilBurst_RateLimitReadModifyWrite() => Seeded("sybil-burst");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BlobWriteInterleaving_Depth1() => Correct("blob-write-interleaving", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BlobWriteInterleaving_Depth2() => Correct("blob-write-interleaving", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BlobWriteInterleaving_TimeoutTakenAsWritten() => Seeded("blob-write-interleaving");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AbandonedClaim_Depth1() => Correct("abandoned-claim", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AbandonedClaim_Depth2() => Correct("abandoned-claim", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AbandonedClaim_SchedulerStopsWhenIdle() => Seeded("abandoned-claim");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AgentsAndScheduler_Depth1() => Correct("agents-and-scheduler", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task AgentsAndScheduler_Depth2() => Correct("agents-and-scheduler", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BidRacingDiscovery_Depth1() => Correct("bid-racing-discovery", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BidRacingDiscovery_Depth2() => Correct("bid-racing-discovery", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task BidRacingDiscovery_BidFromStaleCache() => Seeded("bid-racing-discovery");

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ReceiptFiledTwice_Depth1() => Correct("receipt-filed-twice", 1);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ReceiptFiledTwice_Depth2() => Correct("receipt-filed-twice", 2);

    [Microsoft.Coyote.SystematicTesting.Test]
    public static Task ReceiptFiledTwice_CheckThenTakeReceipt() => Seeded("receipt-filed-twice");

    private static Task Correct(string hunt, int depth, [CallerMemberName] string test = "") =>
        HuntCatalogue.Named(hunt).UnderCoyote(new HuntSetup(Profiles.HuntDepth(depth)), ReplayHint(test));

    private static Task Seeded(string hunt, [CallerMemberName] string test = "")
    {
        Hunt scenario = HuntCatalogue.Named(hunt);
        return scenario.UnderCoyote(new HuntSetup(Profiles.HuntDepth(2), scenario.Bug), ReplayHint(test));
    }

    /// <summary>The replay command for a failure of <paramref name="test"/> found by the coyote command line.</summary>
    private static string ReplayHint(string test)
    {
        string assembly = Path.GetRelativePath(Nexus.Tests.RepositoryPaths.Root, typeof(AttackHunts).Assembly.Location);
        return $"\nreplay it (from the repository root, with the .trace file coyote writes below): dotnet coyote replay {assembly} TRACE -m {test}";
    }
}
