using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Transactions;

/// <summary>The coordinator of two-phase commit. Phase 1 asks every participant to prepare; it
/// commits only if all voted yes in time (a timeout or refusal counts as no), logs the decision
/// durably, then delivers it, retrying participants that do not answer. A participant that stays
/// unreachable learns the decision when it recovers; what the coordinator never decided is presumed
/// aborted.</summary>
public sealed class TwoPhaseCommitCoordinator(VirtualRuntime runtime, TwoPhaseCommitProfile profile, CoordinatorVariant variant = CoordinatorVariant.Correct)
{
    private readonly Dictionary<string, TransactionOutcome> _decisions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <summary>Every decision taken, by transaction.</summary>
    public IReadOnlyDictionary<string, TransactionOutcome> Decisions => _decisions;

    /// <summary>The decision for <paramref name="transaction"/>; null while phase 1 runs; aborted when unknown.</summary>
    public TransactionOutcome? OutcomeOf(string transaction) =>
        _decisions.TryGetValue(transaction, out TransactionOutcome outcome) ? outcome
        : _inProgress.Contains(transaction) ? null
        : TransactionOutcome.Aborted;

    /// <summary>Runs <paramref name="transaction"/> over the participants of <paramref name="work"/>,
    /// each with its writes; returns the decision once it has been delivered or left for recovery.</summary>
    public async Task<TransactionOutcome> ExecuteAsync(string transaction, IReadOnlyList<(TransactionParticipant Participant, IReadOnlyDictionary<string, string> Writes)> work)
    {
        ArgumentException.ThrowIfNullOrEmpty(transaction);
        ArgumentNullException.ThrowIfNull(work);
        if (_decisions.ContainsKey(transaction) || !_inProgress.Add(transaction))
        {
            throw new InvalidOperationException($"transaction '{transaction}' was already started");
        }
        StoreResult<Vote>[] votes = await Task.WhenAll(work.Select(item => item.Participant.PrepareAsync(transaction, item.Writes)));
        bool commit = variant == CoordinatorVariant.Correct
            ? votes.All(vote => vote.IsOk && vote.Value == Vote.Yes)
            : votes.All(vote => !vote.IsOk || vote.Value == Vote.Yes);
        TransactionOutcome decision = commit ? TransactionOutcome.Committed : TransactionOutcome.Aborted;
        _decisions.Add(transaction, decision);
        _inProgress.Remove(transaction);
        await Task.WhenAll(work.Select(item => DeliverAsync(item.Participant, transaction, decision)));
        return decision;
    }

    private async Task DeliverAsync(TransactionParticipant participant, string transaction, TransactionOutcome decision)
    {
        for (int attempt = 0; attempt < profile.DecisionAttemptsMax; attempt++)
        {
            if ((await participant.DecideAsync(transaction, decision)).IsOk)
            {
                return;
            }
            await runtime.Delay(profile.DecisionRetryInterval);
        }
    }
}
