namespace Nexus.Engine.Messaging;

/// <summary>What the network promises about one message.</summary>
public enum DeliveryMode
{
    /// <summary>Exactly once, in send order per sender-receiver pair: retransmitted until acknowledged,
    /// deduplicated and resequenced at the receiver.</summary>
    ReliableOrdered,

    /// <summary>Exactly once, in any order: retransmitted until acknowledged, deduplicated.</summary>
    ReliableUnordered,

    /// <summary>At most what the link does: one transmission, subject to loss, duplication and reordering.</summary>
    BestEffort,

    /// <summary>Delivered once with the message's stated probability (forward error correction is taken to
    /// mask link loss and duplication), otherwise dropped; latency and reordering apply.</summary>
    Probabilistic,
}
