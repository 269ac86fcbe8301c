namespace Nexus.Experiments.Benchmarks;

/// <summary>One timed round: throughput and allocation per event.</summary>
internal readonly record struct Measurement(double EventsPerSecond, double BytesPerEvent);
