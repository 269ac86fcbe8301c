using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Commerce;

/// <summary>One run of the private-commerce scenario: the seed, the two swappable layers, and the links
/// (depth 1: <see cref="Reliable"/> in-process delivery; depth 2: a network profile's latency, loss,
/// duplication and reordering, <c>configs/profiles/commerce-network.yaml</c>). The scenario's times are fixed: buyers 0 and 1 sit behind a partition until
/// <see cref="HealAt"/>; every agent gossips once per tick until <see cref="GossipUntil"/>; the auditor
/// scores at <see cref="ScoreAt"/>.</summary>
public sealed record CommerceOptions(ulong Seed, PrivacyLayer Privacy, TrustModel Trust, LinkOptions Links)
{
    /// <summary>Depth 1's links: 1 ms, nothing lost, duplicated or reordered.</summary>
    public static LinkOptions Reliable { get; } = LinkOptions.Perfect(SimDuration.FromMilliseconds(1));

    /// <summary>One tick: a gossip round, a stream payment, a buyer's look at its view.</summary>
    public SimDuration Tick { get; init; } = SimDuration.FromMilliseconds(100);

    /// <summary>When the partition around buyers 0 and 1 heals.</summary>
    public SimTime HealAt { get; init; } = SimTime.FromSeconds(3);

    /// <summary>When the agents stop gossiping.</summary>
    public SimTime GossipUntil { get; init; } = SimTime.FromSeconds(15);

    /// <summary>When a buyer that has not discovered every seller gives up.</summary>
    public SimTime PairingDeadline { get; init; } = SimTime.FromSeconds(12);

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

    /// <summary>Fake receipts the wash partner signs as the shill's buyer.</summary>
    public int WashReceipts { get; init; } = 4;
}
