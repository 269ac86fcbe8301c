namespace Nexus.Worlds.Transactions;

/// <summary>A decision log on durable storage: every decision survives a crash of the coordinator.</summary>
public sealed class DurableDecisionLog : IDecisionLog
{
    private readonly SortedDictionary<string, TransactionOutcome> _decisions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, TransactionOutcome> Decisions => _decisions;

    /// <inheritdoc />
    public void Append(string transaction, TransactionOutcome outcome)
    {
        ArgumentException.ThrowIfNullOrEmpty(transaction);
        if (!_decisions.TryAdd(transaction, outcome))
        {
            throw new InvalidOperationException($"transaction '{transaction}' was already decided");
        }
    }

    /// <inheritdoc />
    public void Crash()
    {
    }
}
