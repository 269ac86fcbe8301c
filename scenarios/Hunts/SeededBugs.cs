using Nexus.Scenarios.Hunts.Bugs;
using Nexus.Worlds.Storage;

namespace Nexus.Scenarios.Hunts;

/// <summary>The seeded bugs, one per hunted scenario. Five break the atomicity of one kind of commit
/// (check-then-act where a compare-and-swap belongs), one drops a rule, one swallows a timeout, and
/// one stops the scheduler: a bug only a liveness check sees.</summary>
public static class SeededBugs
{
    /// <summary>The replay guard's check and commit of a new Fact, split (hunted in same-fact-through-workers).</summary>
    public static readonly SeededBug CheckThenActReplayGuard = Breaking("check-then-act-replay-guard",
        "the replay guard checks that a Fact is new, then commits it in a separate step",
        swap => swap.Key.StartsWith("fact/", StringComparison.Ordinal) && swap.Expected.Length == 0);

    /// <summary>A claim written without compare-and-swap (hunted in two-claims-on-one-intent).</summary>
    public static readonly SeededBug ClaimWithoutCas = Breaking("claim-without-cas",
        "a claim checks that the Intent is unclaimed, then writes the claim without compare-and-swap",
        swap => IsIntent(swap) && swap.Expected.StartsWith("submitted|", StringComparison.Ordinal) && swap.New.StartsWith("claimed|", StringComparison.Ordinal));

    /// <summary>A release any agent may make (hunted in claim-racing-conclusion).</summary>
    public static readonly SeededBug ReleaseWithoutOwnerCheck = new("release-without-owner-check",
        "the release handler lets any agent release a claim", Rules: new ReleaseWithoutOwnerCheckRules());

    /// <summary>A stale claim released without re-checking its heartbeat (hunted in heartbeat-expiry-racing-conclusion).</summary>
    public static readonly SeededBug StaleReleaseIgnoringHeartbeat = Breaking("stale-release-ignoring-heartbeat",
        "the scheduler reads a claim as stale, then releases it without checking that no heartbeat came in between",
        swap => IsIntent(swap) && swap.Expected.StartsWith("claimed|", StringComparison.Ordinal) && swap.New.StartsWith("submitted|", StringComparison.Ordinal));

    /// <summary>A session flush that compares, then writes (hunted in two-flushes-on-one-key).</summary>
    public static readonly SeededBug FlushWithoutArbitration = Breaking("flush-without-arbitration",
        "a session flush compares the key, then writes it, with no arbitration between",
        _ => true);

    /// <summary>The open-Intent count read, checked and written back in steps (hunted in sybil-burst).</summary>
    public static readonly SeededBug RateLimitReadModifyWrite = Breaking("rate-limit-read-modify-write",
        "the per-agent count of open Intents is read, checked and written back in separate steps",
        swap => IsIntent(swap) && swap.Expected.Length == 0 && swap.New.StartsWith("submitted|", StringComparison.Ordinal));

    /// <summary>A timed-out payload write taken as written (hunted in blob-write-interleaving).</summary>
    public static readonly SeededBug TimeoutTakenAsWritten = new("timeout-taken-as-written",
        "a payload write that timed out is taken as written",
        Stores: (_, stores) => stores with { Blob = new TimeoutTakenAsWrittenBlobStore(stores.Blob) });

    /// <summary>A scheduler that stops once idle, caught only by the liveness monitor (hunted in abandoned-claim).</summary>
    public static readonly SeededBug IdleStop = new("scheduler-stops-when-idle",
        "the scheduler stops ticking once a tick finds nothing to do, so a claim that goes stale later is never released",
        Scheduler: IdleStopScheduler.RunAsync);

    /// <summary>A buyer that bids from its card cache before the registry shows it the seller (hunted in bid-racing-discovery).</summary>
    public static readonly SeededBug BidFromStaleCache = new("bid-from-stale-cache",
        "a buyer bids to its seller from a cached card as soon as its registry view shows any seller, before discovering that one",
        Commerce: options => options with { Pairing = new CachedCardPairing() });

    /// <summary>An auditor's ledger that checks a receipt id, then records it in a separate step (hunted in receipt-filed-twice).</summary>
    public static readonly SeededBug CheckThenTakeReceipt = new("check-then-take-receipt",
        "the auditor's ledger checks that a receipt is new, then records it in a separate step",
        Commerce: options => options with { Ledger = runtime => new CheckThenTakeReceiptLedger(runtime) });

    private static bool IsIntent(StateSwap swap) => swap.Key.StartsWith("intent/", StringComparison.Ordinal);

    private static SeededBug Breaking(string name, string description, Func<StateSwap, bool> breaks) =>
        new(name, description, Stores: (runtime, stores) => stores with { Object = new CheckThenActObjectStore(stores.Object, runtime, breaks) });
}
