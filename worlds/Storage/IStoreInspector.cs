namespace Nexus.Worlds.Storage;

/// <summary>Reads the latest applied state of a store set directly, past any boundary or staleness:
/// what checks use to see what an implementation actually persisted. Never used by the implementation.</summary>
public interface IStoreInspector
{
    /// <summary>The latest value of a key-value key, or null.</summary>
    string? KeyValue(string key);

    /// <summary>Key-value keys with a prefix, ordinal order.</summary>
    IReadOnlyList<string> KeyValueKeys(string prefix);

    /// <summary>A blob, or null.</summary>
    byte[]? Blob(string key);

    /// <summary>An object's state, "" when absent.</summary>
    string ObjectState(string key);

    /// <summary>Object keys with a prefix (those not absent), ordinal order.</summary>
    IReadOnlyList<string> ObjectKeys(string prefix);

    /// <summary>Raised at the instant an object compare-and-swap applies, with its swaps.</summary>
    event Action<IReadOnlyList<StateSwap>>? ObjectSwapsApplied;
}
