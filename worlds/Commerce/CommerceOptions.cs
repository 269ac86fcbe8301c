using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Commerce;

/// <summary>One run of the private-commerce scenario: the seed, the two swappable layers, and the links
/// (depth 1: <see cref="Reliable"/> in-process delivery; depth 2: a target profile's network latency,
/// loss, duplication and reordering, the <c>network</c> section of <c>configs/profiles/cf-workers.yaml</c>). The scenario's times are fixed: buyers 0 and 1 sit behind a partition until
/// <see cref="HealAt"/>; agents gossip until their views hold what they need; the auditor scores at
/// <see cref="ScoreAt"/>, or once trading is over if it is not by then.</summary>
public sealed record CommerceOptions(ulong Seed, PrivacyLayer Privacy, TrustModel Trust, LinkOptions Links)
{
    /// <summary>Depth 1's links: 1 ms, nothing lost, duplicated or reordered.</summary>
    public static LinkOptions Reliable { get; } = LinkOptions.Perfect(SimDuration.FromMilliseconds(1));

    /// <summary>One tick: a stream payment, an agent's wait before its first message.</summary>
    public SimDuration Tick { get; init; } = SimDuration.FromMilliseconds(100);

    /// <summary>When the partition around buyers 0 and 1 heals.</summary>
    public SimTime HealAt { get; init; } = SimTime.FromSeconds(3);

    /// <summary>When the auditor scores.</summary>
    public SimTime ScoreAt { get; init; } = SimTime.FromSeconds(20);

    /// <summary>What a stream pays per tick.</summary>
    public int StreamRate { get; init; } = 1;

    /// <summary>What a stream pays at most.</summary>
    public int StreamMax { get; init; } = 20;

    /// <summary>What the adversary does beyond the seed's.</summary>
    public CommerceAttack Attack { get; init; } = CommerceAttack.None;

    /// <summary>Defence: the auditor counts a receipt or a non-delivery report only when its signatures
    /// verify against the cards in its registry view.</summary>
    public bool SignatureChecks { get; init; } = true;

    /// <summary>Defence: a seller delivers only on a payment stream its buyer opened to it and has not closed.</summary>
    public bool StreamCheck { get; init; } = true;

    /// <summary>How buyers pick their sellers.</summary>
    public IBuyerPairing Pairing { get; init; } = DiscoveredPairing.Instance;

    /// <summary>The auditor's ledger of taken receipts, made once per run on its runtime.</summary>
    public Func<ISimRuntime, IReceiptLedger> Ledger { get; init; } = _ => new ReceiptLedger();

    /// <summary>Fake receipts the wash partner signs as the shill's buyer.</summary>
    public int WashReceipts { get; init; } = 4;
}
