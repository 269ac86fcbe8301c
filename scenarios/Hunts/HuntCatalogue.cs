using Nexus.Scenarios.Configuration;
using Nexus.Scenarios.Hunts.Scenarios;
using Nexus.Worlds.Storage;

namespace Nexus.Scenarios.Hunts;

/// <summary>Every hunted scenario with its seeded bug, by name: what the Coyote tests, the hunt mode
/// (<c>nexus hunts</c> lists its tests) and the strategy study (<see cref="SeededEntries"/>) enumerate.</summary>
public static class HuntCatalogue
{
    /// <summary>The hunts, in the order the study reports them.</summary>
    public static IReadOnlyList<Hunt> All { get; } =
    [
        new("same-fact-through-workers", SameFactThroughWorkers.RunAsync, SeededBugs.CheckThenActReplayGuard),
        new("two-claims-on-one-intent", TwoClaimsOnOneIntent.RunAsync, SeededBugs.ClaimWithoutCas),
        new("claim-racing-conclusion", ClaimRacingConclusion.RunAsync, SeededBugs.ReleaseWithoutOwnerCheck),
        new("heartbeat-expiry-racing-conclusion", HeartbeatExpiryRacingConclusion.RunAsync, SeededBugs.StaleReleaseIgnoringHeartbeat),
        new("two-flushes-on-one-key", TwoFlushesOnOneKey.RunAsync, SeededBugs.FlushWithoutArbitration),
        new("sybil-burst", SybilBurst.RunAsync, SeededBugs.RateLimitReadModifyWrite),
        new("blob-write-interleaving", BlobWriteInterleaving.RunAsync, SeededBugs.TimeoutTakenAsWritten),
        new("abandoned-claim", AbandonedClaim.RunAsync, SeededBugs.IdleStop),
        new("agents-and-scheduler", AgentsAndScheduler.RunAsync, null),
        new("bid-racing-discovery", BidRacingDiscovery.RunAsync, SeededBugs.BidFromStaleCache),
        new("receipt-filed-twice", ReceiptFiledTwice.RunAsync, SeededBugs.CheckThenTakeReceipt),
    ];

    /// <summary>The hunts that carry a seeded bug, in catalogue order.</summary>
    public static IReadOnlyList<Hunt> Seeded { get; } = [.. All.Where(hunt => hunt.Bug is not null)];

    /// <summary>The hunt named <paramref name="name"/>.</summary>
    public static Hunt Named(string name) => All.SingleOrDefault(hunt => hunt.Name == name)
        ?? throw new ArgumentException($"no hunt named '{name}'; the hunts are: {string.Join(", ", All.Select(hunt => hunt.Name))}", nameof(name));

    /// <summary>Each seeded bug as the strategy study runs it, behind the target profile in
    /// <paramref name="profilePath"/>: its name, one Coyote execution, and one run on virtual time under
    /// a swarm seed (the failure, or null). The study calls a copy of this library rewritten for Coyote,
    /// loaded apart from its own, so only framework types cross.</summary>
    public static IReadOnlyList<(string Bug, Func<Task> CoyoteTest, Func<ulong, string?> SwarmRun)> SeededEntries(string profilePath)
    {
        StoreDepth depth = StoreDepth.Behind(TargetProfileLoader.Load(profilePath));
        return [.. Seeded.Select(hunt => (hunt.Bug!.Name,
            (Func<Task>)(() => hunt.UnderCoyote(new HuntSetup(depth, hunt.Bug))),
            (Func<ulong, string?>)(seed => hunt.OnVirtualTime(depth, seed, hunt.Bug))))];
    }
}
