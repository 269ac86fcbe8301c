using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Experiments.Simulations;

/// <summary>What a traffic run produced: its fingerprint, the faults it ran under, and the network's counters.</summary>
public sealed record MessageTrafficResult(
    string Fingerprint,
    long TraceEventCount,
    IReadOnlyList<string> Faults,
    NetworkStatistics Statistics,
    SimTime EndTime,
    long StepCount);
