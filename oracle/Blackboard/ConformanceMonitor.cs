using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>Checks a blackboard served by concurrent workers as it runs. The history is the commit
/// order: commit k takes effect at the instant its compare-and-swap applies, when what it moved in the
/// stores is read back (<see cref="Applied"/>); the oracle replays the committed actions in commit
/// order, and each must give the implementation's outcome and the state read back at its commit. The
/// states are compared where either side changed at that commit (the oracle's delta, the keys the
/// commit's swaps named) and at the head: the states before were found equal, so that is where they
/// can differ, and a commit costs what it changes however large the state. What the stores hold is
/// compared whole once the run is over (<see cref="Settled"/>), so a record changed behind the
/// commits' back is found too. An action that
/// committed nothing (a refusal, or nothing to change) must be justified by a committed state that
/// held while it ran: from one of them the oracle gives the same outcome and changes nothing. A store
/// failure must have committed nothing: the oracle cannot foresee faults, but it can require
/// atomicity. The first failure is kept, so a run can be stopped there (a broken implementation may go
/// on to hang or corrupt more).</summary>
public sealed class ConformanceMonitor(BlackboardLimits limits)
{
    private readonly List<BlackboardState> _expected = [BlackboardState.Empty];
    private readonly Dictionary<long, BlackboardState> _applied = [];
    private readonly Dictionary<long, StateIds> _moved = [];
    private readonly Dictionary<long, HistoryEntry> _committed = [];
    private readonly HashSet<long> _claimed = [];
    private readonly List<(HistoryEntry Entry, long From, long To)> _unchanged = [];
    private readonly Dictionary<BlackboardAction, long> _startedAfter = new(ReferenceEqualityComparer.Instance);
    private long _appliedCount;

    /// <summary>Actions observed so far.</summary>
    public long StepsObserved { get; private set; }

    /// <summary>Commits checked against the oracle so far.</summary>
    public long CommitsChecked => _expected.Count - 1;

    /// <summary>The first failure, or null while every step has conformed.</summary>
    public ConformanceReport? Failure { get; private set; }

    /// <summary>The stores read back at the instant of each commit, by commit number.</summary>
    public IReadOnlyDictionary<long, BlackboardState> CommittedStates => _applied;

    /// <summary>The oracle's state after every commit checked so far, in commit order (index 0: empty).</summary>
    public IReadOnlyList<BlackboardState> ExpectedStates => _expected;

    /// <summary>The report so far; an error when nothing was observed, since that proves nothing. A
    /// commit that applied but that no finished action reported is a failure.</summary>
    public ConformanceReport Report
    {
        get
        {
            if (StepsObserved == 0)
            {
                throw new InvalidOperationException("conformance check has no evidence: the history is empty");
            }
            if (Failure is not null)
            {
                return Failure;
            }
            long unreported = _applied.Keys.Where(number => number > CommitsChecked).DefaultIfEmpty(0).Min();
            return unreported > 0
                ? new ConformanceReport(StepsObserved, StepsObserved, null, $"commit {unreported} applied, but no action that finished reported it (a failure that committed)")
                : new ConformanceReport(StepsObserved, null, null, null);
        }
    }

    /// <summary>An action starts: states committed from now on may justify it.</summary>
    public void Started(BlackboardAction action) => _startedAfter[action] = _appliedCount;

    /// <summary>Commit <paramref name="number"/> applied, and the stores read back at that instant hold
    /// <paramref name="after"/>, which differs from what they held at the commit before at most at the
    /// head and at <paramref name="moved"/>.</summary>
    public void Applied(long number, BlackboardState after, StateIds moved)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(moved);
        if (!_applied.TryAdd(number, after))
        {
            Fail(null, $"commit {number} was written twice: two workers took one place in the commit order");
        }
        _moved.TryAdd(number, moved);
        _appliedCount = Math.Max(_appliedCount, number);
    }

    /// <summary>The run is over and the stores, read whole, hold <paramref name="stores"/>: once every
    /// commit that applied has been checked, it must be the oracle's last state. Returns false at the
    /// first failure (and after it).</summary>
    public bool Settled(BlackboardState stores)
    {
        ArgumentNullException.ThrowIfNull(stores);
        if (Failure is null && _appliedCount == CommitsChecked && _expected[^1].Difference(stores) is string difference)
        {
            return Fail(null, $"the stores at the end of the run (oracle vs implementation): {difference}");
        }
        return Failure is null;
    }

    /// <summary>An action finished; returns false at the first failing step (and after it).</summary>
    public bool Finished(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Failure is not null)
        {
            return false;
        }
        StepsObserved++;
        if (!_startedAfter.Remove(entry.Action, out long from))
        {
            throw new InvalidOperationException($"action {entry.Action} finished without having started");
        }
        if (entry.Commit > 0)
        {
            if (!_claimed.Add(entry.Commit))
            {
                return Fail(entry, $"commit {entry.Commit} was reported by two actions");
            }
            _committed.Add(entry.Commit, entry);
        }
        else if (entry.Outcome.Error != BlackboardError.StoreFailure)
        {
            _unchanged.Add((entry, from, _appliedCount));
        }
        return Advance();
    }

    private bool Advance()
    {
        while (Failure is null && _committed.Remove(_expected.Count, out HistoryEntry? entry))
        {
            long number = _expected.Count;
            BlackboardTransition transition = BlackboardOracle.Step(_expected[^1], entry.Action, limits);
            if (!transition.Outcome.Equals(entry.Outcome))
            {
                return Fail(entry, $"outcome at commit {number}: oracle {transition.Outcome}, implementation {entry.Outcome}");
            }
            if (!_applied.TryGetValue(number, out BlackboardState? after))
            {
                return Fail(entry, $"commit {number} was reported but never applied");
            }
            if (transition.State.Difference(after, _moved[number].And(transition.Delta.EditedIds())) is string difference)
            {
                return Fail(entry, $"state at commit {number} (oracle vs implementation): {difference}");
            }
            _expected.Add(transition.State);
        }
        for (int i = 0; Failure is null && i < _unchanged.Count;)
        {
            (HistoryEntry entry, long from, long to) = _unchanged[i];
            if (to > CommitsChecked)
            {
                i++;
                continue;
            }
            _unchanged.RemoveAt(i);
            if (!Justified(entry, from, to))
            {
                return Fail(entry, $"committed nothing and returned {entry.Outcome}, but from no state committed while it ran "
                    + $"(commits {from} to {to}) does the oracle agree: it gives {BlackboardOracle.Step(_expected[(int)to], entry.Action, limits).Outcome}");
            }
        }
        return Failure is null;
    }

    private bool Justified(HistoryEntry entry, long from, long to)
    {
        for (long number = from; number <= to; number++)
        {
            BlackboardState state = _expected[(int)number];
            BlackboardTransition transition = BlackboardOracle.Step(state, entry.Action, limits);
            if (transition.Outcome.Equals(entry.Outcome) && transition.Delta.Edits.Count == 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool Fail(HistoryEntry? entry, string difference)
    {
        Failure ??= new ConformanceReport(StepsObserved, entry?.Step ?? StepsObserved, entry?.Action, difference);
        return false;
    }
}
