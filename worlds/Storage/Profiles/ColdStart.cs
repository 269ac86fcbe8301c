using Nexus.Engine.Distributions;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Profiles;

/// <summary>Extra request latency when the target has been idle: the first request, or one after <paramref name="AfterIdle"/> without any.</summary>
public sealed record ColdStart(DurationDistribution Latency, SimDuration AfterIdle);
