namespace Nexus.Worlds.Transactions;

/// <summary>Where the coordinator records its decisions before it delivers them. The log is what a
/// coordinator knows after a crash: what it logged is decided, anything else is presumed aborted.</summary>
public interface IDecisionLog
{
    /// <summary>Every decision the log holds, by transaction.</summary>
    IReadOnlyDictionary<string, TransactionOutcome> Decisions { get; }

    /// <summary>Records <paramref name="outcome"/> for <paramref name="transaction"/>.</summary>
    void Append(string transaction, TransactionOutcome outcome);

    /// <summary>The coordinator crashed: the log keeps what survives a crash.</summary>
    void Crash();
}
