namespace Nexus.Worlds.Transactions;

/// <summary>A participant's answer to prepare.</summary>
public enum Vote
{
    /// <summary>Prepared: the writes are logged durably and their keys locked.</summary>
    Yes,

    /// <summary>Cannot prepare: a key is locked by another transaction, or the participant refuses.</summary>
    No,
}
