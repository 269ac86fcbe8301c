namespace Nexus.Worlds.Transactions;

/// <summary>A decision log kept in memory: what a coordinator without durable storage has. A crash
/// loses every decision, so a transaction the coordinator committed may later be presumed aborted.</summary>
public sealed class VolatileDecisionLog : IDecisionLog
{
    private readonly SortedDictionary<string, TransactionOutcome> _decisions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, TransactionOutcome> Decisions => _decisions;

    /// <inheritdoc />
    public void Append(string transaction, TransactionOutcome outcome) => _decisions.Add(transaction, outcome);

    /// <inheritdoc />
    public void Crash() => _decisions.Clear();
}
