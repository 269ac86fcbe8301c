using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Commerce;

/// <summary>One run of the private-commerce scenario: the seed, the two swappable layers, and the links
/// (depth 1: reliable in-process delivery; depth 2: the emulated network's latency, loss, duplication and
/// reordering). The scenario's times are fixed: buyers 0 and 1 sit behind a partition until
/// <see cref="HealAt"/>; every agent gossips once per tick until <see cref="GossipUntil"/>; the auditor
/// scores at <see cref="ScoreAt"/>.</summary>
public sealed record CommerceOptions(ulong Seed, PrivacyLayer Privacy, TrustModel Trust, LinkOptions Links)
{
    /// <summary>Depth 1's links: 1 ms, nothing lost, duplicated or reordered.</summary>
    public static LinkOptions Reliable { get; } = LinkOptions.Perfect(SimDuration.FromMilliseconds(1));

    /// <summary>Depth 2's links (our placeholder numbers, like the message-traffic simulation's):
    /// lognormal latency with a 5 ms median, 5% loss, 2% duplication, 5% reordering.</summary>
    public static LinkOptions Lossy { get; } = new(
        DurationDistribution.LogNormal(SimDuration.FromMilliseconds(5), 0.5),
        new Probability(0.05), new Probability(0.02), new Probability(0.05));

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

    /// <summary>Fake receipts the wash partner signs as the shill's buyer.</summary>
    public int WashReceipts { get; init; } = 4;
}
