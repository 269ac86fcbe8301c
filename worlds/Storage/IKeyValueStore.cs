namespace Nexus.Worlds.Storage;

/// <summary>A key-value store of strings. Deleting a missing key succeeds; list returns keys in ordinal order.</summary>
public interface IKeyValueStore
{
    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    ValueTask<StoreResult<string?>> GetAsync(string key);

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/>.</summary>
    ValueTask<StoreResult> SetAsync(string key, string value);

    /// <summary>Removes <paramref name="key"/>; succeeds when it is already absent.</summary>
    ValueTask<StoreResult> DeleteAsync(string key);

    /// <summary>Every key starting with <paramref name="prefix"/>, in ordinal order.</summary>
    ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix);
}
