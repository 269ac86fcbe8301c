using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Transactions;

/// <summary>The coordinator of two-phase commit. Phase 1 asks every participant to prepare; it
/// commits only if all voted yes in time (a timeout or refusal counts as no), logs the decision
/// durably, then delivers it, retrying participants that do not answer. A participant that stays
/// unreachable learns the decision when it recovers; what the coordinator never decided is presumed
/// aborted. The coordinator can crash (a fault of the timeline, or <see cref="Crash"/>): it then
/// loses everything but its decision log, a transaction it was running never decides, and until it
/// recovers it answers no one. Its defences (<see cref="TwoPhaseCommitDefences"/>) can be switched off
/// one at a time.</summary>
public sealed class TwoPhaseCommitCoordinator : IFaultTarget
{
    private readonly ISimRuntime _runtime;
    private readonly TwoPhaseCommitProfile _profile;
    private readonly IDecisionLog _log;
    private readonly TwoPhaseCommitDefences _defences;
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);
    private int _incarnation;

    /// <summary>A coordinator on <paramref name="runtime"/> with <paramref name="defences"/> on (all when not given).</summary>
    public TwoPhaseCommitCoordinator(ISimRuntime runtime, TwoPhaseCommitProfile profile, TwoPhaseCommitDefences? defences = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(profile);
        _runtime = runtime;
        _profile = profile;
        _defences = defences ?? TwoPhaseCommitDefences.All;
        _log = _defences.DurableDecisionLog ? new DurableDecisionLog() : new VolatileDecisionLog();
    }

    /// <summary>Every decision in the log, by transaction.</summary>
    public IReadOnlyDictionary<string, TransactionOutcome> Decisions => _log.Decisions;

    /// <summary>False between a crash and the recovery.</summary>
    public bool IsUp { get; private set; } = true;

    /// <summary>Crashes this coordinator: transactions it was running are abandoned undecided.</summary>
    public void Crash()
    {
        if (!IsUp)
        {
            throw new InvalidOperationException("the coordinator is already crashed");
        }
        IsUp = false;
        _incarnation++;
        _inProgress.Clear();
        _log.Crash();
    }

    /// <summary>Brings the coordinator back with its decision log.</summary>
    public void Restart()
    {
        if (IsUp)
        {
            throw new InvalidOperationException("the coordinator is not crashed");
        }
        IsUp = true;
    }

    /// <inheritdoc />
    public bool Supports(FaultKind kind) => kind == FaultKind.Crash;

    /// <inheritdoc />
    public void Begin(FaultWindow window) => Crash();

    /// <inheritdoc />
    public void End(FaultWindow window) => Restart();

    /// <summary>The decision for <paramref name="transaction"/>; null while phase 1 runs or while the
    /// coordinator is down; aborted when the log has none (presumed abort).</summary>
    public TransactionOutcome? OutcomeOf(string transaction) =>
        !IsUp || _inProgress.Contains(transaction) ? null
        : _log.Decisions.TryGetValue(transaction, out TransactionOutcome outcome) ? outcome
        : TransactionOutcome.Aborted;

    /// <summary>Runs <paramref name="transaction"/> over the participants of <paramref name="work"/>,
    /// each with its writes; returns the decision once it has been delivered or left for recovery. A
    /// coordinator that is down, or crashes before deciding, decides nothing: the transaction is then
    /// aborted by presumption, and that is what the caller is told.</summary>
    public async Task<TransactionOutcome> ExecuteAsync(string transaction, IReadOnlyList<(TransactionParticipant Participant, IReadOnlyDictionary<string, string> Writes)> work)
    {
        ArgumentException.ThrowIfNullOrEmpty(transaction);
        ArgumentNullException.ThrowIfNull(work);
        if (!_started.Add(transaction))
        {
            throw new InvalidOperationException($"transaction '{transaction}' was already started");
        }
        if (!IsUp)
        {
            return TransactionOutcome.Aborted;
        }
        int incarnation = _incarnation;
        _inProgress.Add(transaction);
        StoreResult<Vote>[] votes = await Task.WhenAll(work.Select(item => item.Participant.PrepareAsync(transaction, item.Writes)).ToArray());
        if (incarnation != _incarnation)
        {
            return TransactionOutcome.Aborted;
        }
        TransactionOutcome decision = Decide(votes) ? TransactionOutcome.Committed : TransactionOutcome.Aborted;
        _log.Append(transaction, decision);
        _inProgress.Remove(transaction);
        await Task.WhenAll(work.Select(item => DeliverAsync(item.Participant, transaction, decision, incarnation)).ToArray());
        return decision;
    }

    /// <summary>The commit rule: commit only when every participant voted yes in time (with unanimous votes
    /// switched off, a vote that never arrived counts as yes).</summary>
    private bool Decide(IReadOnlyList<StoreResult<Vote>> votes) => _defences.UnanimousVotes
        ? votes.All(vote => vote.IsOk && vote.Value == Vote.Yes)
        : votes.All(vote => !vote.IsOk || vote.Value == Vote.Yes);

    private async Task DeliverAsync(TransactionParticipant participant, string transaction, TransactionOutcome decision, int incarnation)
    {
        for (int attempt = 0; attempt < _profile.DecisionAttemptsMax && incarnation == _incarnation; attempt++)
        {
            if ((await participant.DecideAsync(transaction, decision)).IsOk)
            {
                return;
            }
            await _runtime.Delay(_profile.DecisionRetryInterval);
        }
    }
}
