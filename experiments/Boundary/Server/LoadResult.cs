namespace Nexus.Experiments.Boundary.Server;

/// <summary>What a load test saw: operations answered, failures, throughput and latency percentiles,
/// and what the audit afterwards found lost.</summary>
public sealed record LoadResult(long Operations, long Failures, TimeSpan Elapsed, TimeSpan Median, TimeSpan P99,
    IReadOnlyDictionary<string, string> Acked, long CounterWins, long CounterUncertain)
{
    /// <summary>What the audit after the load found missing; empty when nothing was lost.</summary>
    public IReadOnlyList<string> Lost { get; init; } = [];

    /// <summary>Writes acknowledged, each key's last.</summary>
    public int AckedWrites => Acked.Count;

    /// <summary>Answered operations per second of real time.</summary>
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
