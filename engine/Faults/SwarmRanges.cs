namespace Nexus.Engine.Faults;

/// <summary>The ranges swarm mode draws each seed's fault mix from. Checked by <see cref="Validate"/>.</summary>
public sealed record SwarmRanges
{
    /// <summary>Link loss probability.</summary>
    public Interval LossProbability { get; init; } = new(0.0, 0.2);

    /// <summary>Link duplication probability.</summary>
    public Interval DuplicationProbability { get; init; } = new(0.0, 0.05);

    /// <summary>Link reordering probability.</summary>
    public Interval ReorderProbability { get; init; } = new(0.0, 0.1);

    /// <summary>Median one-way latency, in milliseconds (log-normal, sigma 0.5).</summary>
    public Interval LatencyMedianMilliseconds { get; init; } = new(1, 50);

    /// <summary>How many partitions (each cutting the nodes in two).</summary>
    public Interval PartitionCount { get; init; } = new(0, 3);

    /// <summary>How many crashes, each of a different node.</summary>
    public Interval CrashCount { get; init; } = new(0, 2);

    /// <summary>How long each partition or crash lasts, in seconds.</summary>
    public Interval FaultLengthSeconds { get; init; } = new(0.5, 5);

    /// <summary>Faults start and end within [0, this many seconds].</summary>
    public double HorizonSeconds { get; init; } = 20;

    /// <summary>Throws, naming the field, for a range out of bounds.</summary>
    public SwarmRanges Validate()
    {
        LossProbability.ValidateProbability(nameof(LossProbability));
        DuplicationProbability.ValidateProbability(nameof(DuplicationProbability));
        ReorderProbability.ValidateProbability(nameof(ReorderProbability));
        if (LatencyMedianMilliseconds.Validate(nameof(LatencyMedianMilliseconds)).Min <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LatencyMedianMilliseconds), LatencyMedianMilliseconds, "latency median must be positive");
        }
        if (PartitionCount.Validate(nameof(PartitionCount)).Min < 0 || CrashCount.Validate(nameof(CrashCount)).Min < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PartitionCount), "fault counts must not be negative");
        }
        if (FaultLengthSeconds.Validate(nameof(FaultLengthSeconds)).Min <= 0 || FaultLengthSeconds.Max >= HorizonSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(FaultLengthSeconds), FaultLengthSeconds,
                $"fault lengths must be positive and shorter than the horizon ({HorizonSeconds} s)");
        }
        return this;
    }
}
