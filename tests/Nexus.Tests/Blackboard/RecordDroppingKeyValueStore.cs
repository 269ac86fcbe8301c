using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>Deliberately broken: acknowledges every write but silently drops those of keys starting with
/// <paramref name="prefix"/>. An orchestration on top of it decides exactly as before (every outcome
/// right); only what its stores hold is wrong.</summary>
internal sealed class RecordDroppingKeyValueStore(IKeyValueStore inner, string prefix) : IKeyValueStore
{
    public ValueTask<StoreResult<string?>> GetAsync(string key) => inner.GetAsync(key);

    public ValueTask<StoreResult> SetAsync(string key, string value) =>
        key.StartsWith(prefix, StringComparison.Ordinal) ? new(StoreResult.Ok) : inner.SetAsync(key, value);

    public ValueTask<StoreResult> DeleteAsync(string key) => inner.DeleteAsync(key);

    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => inner.ListAsync(prefix);
}
