namespace Nexus.Worlds.Storage.Memory;

/// <summary>Depth 1: an in-memory blob store. Content is copied on the way in and out.</summary>
public sealed class MemoryBlobStore : IBlobStore
{
    private readonly Dictionary<string, byte[]> _blobs = new(StringComparer.Ordinal);

    /// <summary>A copy of the blob, or null.</summary>
    public byte[]? Read(string key) => _blobs.TryGetValue(StoreKeys.Require(key), out byte[]? blob) ? blob.ToArray() : null;

    /// <summary>Stores a copy of <paramref name="content"/>.</summary>
    public void Write(string key, ReadOnlySpan<byte> content) => _blobs[StoreKeys.Require(key)] = content.ToArray();

    /// <summary>Removes the blob if present.</summary>
    public void Remove(string key) => _blobs.Remove(StoreKeys.Require(key));

    /// <summary>Keys with <paramref name="prefix"/>, ordinal order.</summary>
    public IReadOnlyList<string> Keys(string prefix) => StoreKeys.WithPrefix(_blobs.Keys, prefix);

    /// <inheritdoc />
    public ValueTask<StoreResult> PutAsync(string key, ReadOnlyMemory<byte> content)
    {
        Write(key, content.Span);
        return CompletedStoreTasks.Ok;
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<byte[]?>> GetAsync(string key) => CompletedStoreTasks.Of(Read(key));

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        Remove(key);
        return CompletedStoreTasks.Ok;
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => CompletedStoreTasks.Of(Keys(prefix));
}
