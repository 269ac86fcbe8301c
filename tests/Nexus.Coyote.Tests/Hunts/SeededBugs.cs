using Nexus.Coyote.Tests.Hunts.Bugs;
using Nexus.Worlds.Storage;

namespace Nexus.Coyote.Tests.Hunts;

/// <summary>The seeded bugs, one per hunted scenario. Five break the atomicity of one kind of commit
/// (check-then-act where a compare-and-swap belongs), one drops a rule, one swallows a timeout, and
/// one stops the scheduler: a bug only a liveness check sees.</summary>
public static class SeededBugs
{
    public static readonly SeededBug CheckThenActReplayGuard = Breaking("check-then-act-replay-guard",
        "the replay guard checks that a Fact is new, then commits it in a separate step",
        swap => swap.Key.StartsWith("fact/", StringComparison.Ordinal) && swap.Expected.Length == 0);

    public static readonly SeededBug ClaimWithoutCas = Breaking("claim-without-cas",
        "a claim checks that the Intent is unclaimed, then writes the claim without compare-and-swap",
        swap => IsIntent(swap) && swap.Expected == "submitted" && swap.New.StartsWith("claimed|", StringComparison.Ordinal));

    public static readonly SeededBug ReleaseWithoutOwnerCheck = new("release-without-owner-check",
        "the release handler lets any agent release a claim", Rules: new ReleaseWithoutOwnerCheckRules());

    public static readonly SeededBug StaleReleaseIgnoringHeartbeat = Breaking("stale-release-ignoring-heartbeat",
        "the scheduler reads a claim as stale, then releases it without checking that no heartbeat came in between",
        swap => IsIntent(swap) && swap.Expected.StartsWith("claimed|", StringComparison.Ordinal) && swap.New == "submitted");

    public static readonly SeededBug FlushWithoutArbitration = Breaking("flush-without-arbitration",
        "a session flush compares the key, then writes it, with no arbitration between",
        _ => true);

    public static readonly SeededBug RateLimitReadModifyWrite = Breaking("rate-limit-read-modify-write",
        "the per-agent count of open Intents is read, checked and written back in separate steps",
        swap => IsIntent(swap) && swap.Expected.Length == 0 && swap.New == "submitted");

    public static readonly SeededBug TimeoutTakenAsWritten = new("timeout-taken-as-written",
        "a payload write that timed out is taken as written",
        Stores: (_, stores) => stores with { Blob = new TimeoutTakenAsWrittenBlobStore(stores.Blob) });

    public static readonly SeededBug IdleStop = new("scheduler-stops-when-idle",
        "the scheduler stops ticking once a tick finds nothing to do, so a claim that goes stale later is never released",
        Scheduler: IdleStopScheduler.RunAsync);

    private static bool IsIntent(StateSwap swap) => swap.Key.StartsWith("intent/", StringComparison.Ordinal);

    private static SeededBug Breaking(string name, string description, Func<StateSwap, bool> breaks) =>
        new(name, description, Stores: (runtime, stores) => stores with { Object = new CheckThenActObjectStore(stores.Object, runtime, breaks) });
}
