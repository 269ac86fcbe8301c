namespace Nexus.Worlds.Transactions;

/// <summary>What a transaction came to.</summary>
public enum TransactionOutcome
{
    /// <summary>Every participant applies the writes.</summary>
    Committed,

    /// <summary>No participant applies them.</summary>
    Aborted,
}
