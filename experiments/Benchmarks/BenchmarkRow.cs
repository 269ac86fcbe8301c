namespace Nexus.Experiments.Benchmarks;

/// <summary>One measured configuration beside its baseline, measured in the same process.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Pending">Events pending (hold model) or processes (async model).</param>
/// <param name="EventsPerSecond">Nexus throughput, best of the rounds.</param>
/// <param name="BaselineEventsPerSecond">PriorityQueue&lt;TElement, double&gt; throughput at the same size, best of the rounds.</param>
/// <param name="BytesPerEvent">Bytes allocated per event in the measured (steady-state) phase.</param>
public sealed record BenchmarkRow(string Name, int Pending, double EventsPerSecond, double BaselineEventsPerSecond, double BytesPerEvent)
{
    /// <summary>Nexus throughput over the baseline's.</summary>
    public double Ratio => EventsPerSecond / BaselineEventsPerSecond;
}
