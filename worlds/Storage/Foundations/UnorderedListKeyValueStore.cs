namespace Nexus.Worlds.Storage.Foundations;

/// <summary>A key-value store whose list is not in key order (it answers in reverse). A weaker
/// foundation for the capability gap report.</summary>
public sealed class UnorderedListKeyValueStore(IKeyValueStore inner) : IKeyValueStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult<string?>> GetAsync(string key) => inner.GetAsync(key);

    /// <inheritdoc />
    public ValueTask<StoreResult> SetAsync(string key, string value) => inner.SetAsync(key, value);

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key) => inner.DeleteAsync(key);

    /// <inheritdoc />
    public async ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix)
    {
        StoreResult<IReadOnlyList<string>> listed = await inner.ListAsync(prefix);
        return listed.IsOk ? StoreResult<IReadOnlyList<string>>.Success([.. listed.Value.Reverse()]) : listed;
    }
}
