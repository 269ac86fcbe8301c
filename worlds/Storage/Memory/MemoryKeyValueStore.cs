namespace Nexus.Worlds.Storage.Memory;

/// <summary>Depth 1: a strongly consistent in-memory key-value store that completes in-process. Its
/// synchronous core is also what the depth-2 boundary applies at the emulated server.</summary>
public sealed class MemoryKeyValueStore : IKeyValueStore
{
    private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal);

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public string? Read(string key) => _entries.GetValueOrDefault(StoreKeys.Require(key));

    /// <summary>Sets <paramref name="key"/>.</summary>
    public void Write(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _entries[StoreKeys.Require(key)] = value;
    }

    /// <summary>Removes <paramref name="key"/> if present.</summary>
    public void Remove(string key) => _entries.Remove(StoreKeys.Require(key));

    /// <summary>Keys with <paramref name="prefix"/>, ordinal order.</summary>
    public IReadOnlyList<string> Keys(string prefix) => StoreKeys.WithPrefix(_entries.Keys, prefix);

    /// <inheritdoc />
    public ValueTask<StoreResult<string?>> GetAsync(string key) => CompletedStoreTasks.Of(Read(key));

    /// <inheritdoc />
    public ValueTask<StoreResult> SetAsync(string key, string value)
    {
        Write(key, value);
        return CompletedStoreTasks.Ok;
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        Remove(key);
        return CompletedStoreTasks.Ok;
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => CompletedStoreTasks.Of(Keys(prefix));
}
