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

    /// <summary>How many outages of each store set (every call unavailable).</summary>
    public Interval OutageCount { get; init; } = new(0, 1);

    /// <summary>How many timeout storms of each store set (every call times out).</summary>
    public Interval TimeoutStormCount { get; init; } = new(0, 1);

    /// <summary>How many latency spikes of each store set.</summary>
    public Interval LatencySpikeCount { get; init; } = new(0, 2);

    /// <summary>The extra latency of a spike, in milliseconds.</summary>
    public Interval LatencySpikeMilliseconds { get; init; } = new(50, 500);

    /// <summary>How many staleness windows of each store set.</summary>
    public Interval StalenessCount { get; init; } = new(0, 1);

    /// <summary>The staleness bound during such a window, in seconds.</summary>
    public Interval StalenessSeconds { get; init; } = new(60, 300);

    /// <summary>How many crashes of each process (never overlapping).</summary>
    public Interval ProcessCrashCount { get; init; } = new(0, 2);

    /// <summary>How long each fault lasts, in seconds.</summary>
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
        foreach (var (count, name) in new[]
        {
            (PartitionCount, nameof(PartitionCount)), (CrashCount, nameof(CrashCount)), (OutageCount, nameof(OutageCount)),
            (TimeoutStormCount, nameof(TimeoutStormCount)), (LatencySpikeCount, nameof(LatencySpikeCount)),
            (StalenessCount, nameof(StalenessCount)), (ProcessCrashCount, nameof(ProcessCrashCount)),
        })
        {
            if (count.Validate(name).Min < 0)
            {
                throw new ArgumentOutOfRangeException(name, count, $"{name} must not be negative");
            }
        }
        foreach (var (size, name) in new[] { (LatencySpikeMilliseconds, nameof(LatencySpikeMilliseconds)), (StalenessSeconds, nameof(StalenessSeconds)) })
        {
            if (size.Validate(name).Min <= 0)
            {
                throw new ArgumentOutOfRangeException(name, size, $"{name} must be positive");
            }
        }
        if (FaultLengthSeconds.Validate(nameof(FaultLengthSeconds)).Min <= 0 || FaultLengthSeconds.Max >= HorizonSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(FaultLengthSeconds), FaultLengthSeconds,
                $"fault lengths must be positive and shorter than the horizon ({HorizonSeconds} s)");
        }
        return this;
    }
}
