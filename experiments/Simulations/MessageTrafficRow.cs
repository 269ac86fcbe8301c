using CsvHelper.Configuration.Attributes;

namespace Nexus.Experiments.Simulations;

/// <summary>One row of the traffic sweep's CSV: a seed, its fault source, what the network did, and the fingerprint.</summary>
public sealed record MessageTrafficRow(
    [property: Name("seed")] ulong Seed,
    [property: Name("faults")] string Faults,
    [property: Name("sent")] long Sent,
    [property: Name("delivered")] long Delivered,
    [property: Name("transmissions")] long Transmissions,
    [property: Name("retransmissions")] long Retransmissions,
    [property: Name("dropped_loss")] long DroppedByLoss,
    [property: Name("dropped_partition")] long DroppedByPartition,
    [property: Name("dropped_crash")] long DroppedByCrash,
    [property: Name("dropped_probability")] long DroppedByProbability,
    [property: Name("duplicated")] long Duplicated,
    [property: Name("duplicates_discarded")] long DuplicatesDiscarded,
    [property: Name("abandoned")] long Abandoned,
    [property: Name("end_time_ns")] long EndTimeNanoseconds,
    [property: Name("events")] long Events,
    [property: Name("fingerprint")] string Fingerprint)
{
    /// <summary>The row for one finished run.</summary>
    public static MessageTrafficRow From(MessageTrafficOptions options, MessageTrafficResult result)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Statistics;
        return new MessageTrafficRow(options.Seed, options.Swarm ? "swarm" : "fixed", s.MessagesSent, s.MessagesDelivered,
            s.Transmissions, s.Retransmissions, s.DroppedByLoss, s.DroppedByPartition, s.DroppedByCrash, s.DroppedByProbability,
            s.Duplicated, s.DuplicatesDiscarded, s.Abandoned, result.EndTime.Nanoseconds, result.StepCount, result.Fingerprint);
    }
}
