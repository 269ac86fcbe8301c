using Nexus.Engine.Time;

namespace Nexus.Experiments.Simulations;

/// <summary>What a storage traffic run produced: its fingerprint, the faults it ran under, and its counters.</summary>
/// <param name="Fingerprint">SHA-256 of the run's trace: one line per request, in completion order.</param>
/// <param name="TraceEventCount">Lines in the trace.</param>
/// <param name="Faults">The fault plan, as printed before the run.</param>
/// <param name="Committed">Requests whose flush committed.</param>
/// <param name="LostArbitration">Flushes that lost the compare-and-swap and rolled back.</param>
/// <param name="Failed">Hydrates or flushes that failed (unavailable, timeout, conflict) and were retried.</param>
/// <param name="StaleReads">Key-value reads that missed a newer applied write.</param>
/// <param name="EndTime">Virtual time at the end.</param>
/// <param name="StepCount">Events executed.</param>
/// <param name="Violations">What the run's audit found broken: two commits from one head (a lost
/// update), a committed record missing, a cursor that disagrees with its worker's commits, a read
/// staler than every bound in force. Empty when the stores kept their promises.</param>
public sealed record StorageTrafficResult(
    string Fingerprint,
    long TraceEventCount,
    IReadOnlyList<string> Faults,
    long Committed,
    long LostArbitration,
    long Failed,
    long StaleReads,
    SimTime EndTime,
    long StepCount,
    IReadOnlyList<string> Violations);
