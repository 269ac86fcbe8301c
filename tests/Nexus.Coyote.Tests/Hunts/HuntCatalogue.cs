using Nexus.Coyote.Tests.Hunts.Scenarios;

namespace Nexus.Coyote.Tests.Hunts;

/// <summary>Every hunted scenario with its seeded bug, by name. <c>nexus coyote-study</c> reaches the
/// hunts through <see cref="SeededBugNames"/>, <see cref="CoyoteTest"/> and <see cref="SwarmRun"/>.</summary>
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
    ];

    /// <summary>The hunts that carry a seeded bug, in catalogue order.</summary>
    public static IReadOnlyList<Hunt> Seeded { get; } = [.. All.Where(hunt => hunt.Bug is not null)];

    /// <summary>The hunt named <paramref name="name"/>.</summary>
    public static Hunt Named(string name) => All.SingleOrDefault(hunt => hunt.Name == name)
        ?? throw new ArgumentException($"no hunt named '{name}'; the hunts are: {string.Join(", ", All.Select(hunt => hunt.Name))}", nameof(name));

    /// <summary>The seeded bugs' names, in catalogue order.</summary>
    public static IReadOnlyList<string> SeededBugNames() => [.. Seeded.Select(hunt => hunt.Bug!.Name)];

    /// <summary>The Coyote test that hunts seeded bug <paramref name="bug"/>.</summary>
    public static Func<Task> CoyoteTest(string bug)
    {
        Hunt hunt = BySeededBug(bug);
        return () => hunt.UnderCoyote(Hunt.BugDepth, hunt.Bug);
    }

    /// <summary>The seeded bug <paramref name="bug"/> on virtual time with swarm seed <paramref name="seed"/>: the failure, or null.</summary>
    public static string? SwarmRun(string bug, ulong seed)
    {
        Hunt hunt = BySeededBug(bug);
        return hunt.OnVirtualTime(seed, hunt.Bug);
    }

    private static Hunt BySeededBug(string bug) => Seeded.SingleOrDefault(hunt => hunt.Bug!.Name == bug)
        ?? throw new ArgumentException($"no seeded bug named '{bug}'; the seeded bugs are: {string.Join(", ", SeededBugNames())}", nameof(bug));
}
