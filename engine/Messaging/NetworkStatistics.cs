namespace Nexus.Engine.Messaging;

/// <summary>Counters of what the network did in a run.</summary>
public sealed class NetworkStatistics
{
    /// <summary>Messages handed to the network.</summary>
    public long MessagesSent { get; internal set; }

    /// <summary>Messages handed to a receiver, duplicates included (best-effort only duplicates).</summary>
    public long MessagesDelivered { get; internal set; }

    /// <summary>Transmissions put on a link: first sends, retransmissions, duplicates and acknowledgements.</summary>
    public long Transmissions { get; internal set; }

    /// <summary>Transmissions lost to link loss.</summary>
    public long DroppedByLoss { get; internal set; }

    /// <summary>Transmissions cut by a partition.</summary>
    public long DroppedByPartition { get; internal set; }

    /// <summary>Transmissions to or from a crashed node, or addressed to an earlier incarnation of it.</summary>
    public long DroppedByCrash { get; internal set; }

    /// <summary>Probabilistic messages not delivered by their draw.</summary>
    public long DroppedByProbability { get; internal set; }

    /// <summary>Extra copies a link produced.</summary>
    public long Duplicated { get; internal set; }

    /// <summary>Reliable retransmissions.</summary>
    public long Retransmissions { get; internal set; }

    /// <summary>Copies of a reliable message the receiver had already taken, discarded.</summary>
    public long DuplicatesDiscarded { get; internal set; }

    /// <summary>Reliable messages given up: their sender or receiver crashed, or the transmit budget ran out.</summary>
    public long Abandoned { get; internal set; }
}
