using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Profiles;

/// <summary>How one kind of store operation behaves behind the emulated boundary.</summary>
/// <param name="Latency">Round trip of one request; half goes to the request leg, half to the response.</param>
/// <param name="Timeout">The client gives up this long after sending; the server drops requests past that deadline.</param>
/// <param name="UnavailableProbability">Chance a request is refused (503), applying nothing.</param>
/// <param name="ConflictProbability">Chance a compare-and-swap is refused for contention (409), applying nothing.</param>
/// <param name="Service">Time the server holds a key per request, where requests on a key are serialized.</param>
public sealed record OperationProfile(
    DurationDistribution Latency,
    SimDuration Timeout,
    Probability UnavailableProbability,
    Probability ConflictProbability,
    SimDuration Service)
{
    /// <summary>No latency and no faults: the operation behaves as it does in-process.</summary>
    public static OperationProfile Instant { get; } = new(
        DurationDistribution.Constant(SimDuration.Zero), SimDuration.FromSeconds(1), Probability.Zero, Probability.Zero, SimDuration.Zero);
}
