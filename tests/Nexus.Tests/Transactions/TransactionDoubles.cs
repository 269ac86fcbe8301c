using Nexus.Engine.Runtime;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Transactions;

namespace Nexus.Tests.Transactions;

/// <summary>Deliberately broken: a vote that never arrived (timeout, unavailable) counts as yes.</summary>
internal sealed class MissingVoteAsYesCoordinator(ISimRuntime runtime, TwoPhaseCommitProfile profile)
    : TwoPhaseCommitCoordinator(runtime, profile)
{
    protected override bool Decide(IReadOnlyList<StoreResult<Vote>> votes) => votes.All(vote => !vote.IsOk || vote.Value == Vote.Yes);
}

/// <summary>Deliberately broken: a decision log kept in memory, lost when the coordinator crashes.</summary>
internal sealed class ForgetfulDecisionLog : IDecisionLog
{
    private readonly Dictionary<string, TransactionOutcome> _decisions = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TransactionOutcome> Decisions => _decisions;

    public void Append(string transaction, TransactionOutcome outcome) => _decisions.Add(transaction, outcome);

    public void Crash() => _decisions.Clear();
}
