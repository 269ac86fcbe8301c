using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>Checks an implementation step by step as it runs: each committed step, with the state
/// read back after it, is replayed through the oracle and compared. The first failure is kept, so a
/// run can be stopped there (a broken implementation may go on to hang or corrupt more). A step whose
/// outcome is a store failure must change nothing: the oracle cannot foresee faults, but it can
/// require atomicity.</summary>
public sealed class ConformanceMonitor(BlackboardLimits limits)
{
    private BlackboardState _expected = BlackboardState.Empty;

    /// <summary>Steps observed so far.</summary>
    public long StepsObserved { get; private set; }

    /// <summary>The first failure, or null while every step has conformed.</summary>
    public ConformanceReport? Failure { get; private set; }

    /// <summary>The report so far; an error when nothing was observed, since that proves nothing.</summary>
    public ConformanceReport Report => StepsObserved == 0
        ? throw new InvalidOperationException("conformance check has no evidence: the history is empty")
        : Failure ?? new ConformanceReport(StepsObserved, null, null, null);

    /// <summary>Checks one step; returns false at the first failing one (and after it).</summary>
    public bool Observe(HistoryEntry entry, BlackboardState after)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(after);
        if (Failure is not null)
        {
            return false;
        }
        long step = StepsObserved++;
        if (entry.Outcome.Error != BlackboardError.StoreFailure)
        {
            BlackboardTransition transition = BlackboardOracle.Step(_expected, entry.Action, limits);
            if (!transition.Outcome.Equals(entry.Outcome))
            {
                Failure = new ConformanceReport(StepsObserved, step, entry.Action, $"outcome: oracle {transition.Outcome}, implementation {entry.Outcome}");
                return false;
            }
            _expected = transition.State;
        }
        string? difference = _expected.Difference(after);
        if (difference is not null)
        {
            Failure = new ConformanceReport(StepsObserved, step, entry.Action, "state (oracle vs implementation): " + difference);
            return false;
        }
        return true;
    }
}
