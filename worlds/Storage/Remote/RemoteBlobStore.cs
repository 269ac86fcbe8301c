using Nexus.Worlds.Storage.Memory;

using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2: the depth-1 blob store behind the boundary; strongly consistent.</summary>
public sealed class RemoteBlobStore(RemoteBoundary boundary, OperationProfile operation, MemoryBlobStore state) : IBlobStore
{
    /// <inheritdoc />
    public Task<StoreResult> PutAsync(string key, ReadOnlyMemory<byte> content)
    {
        StoreKeys.Require(key);
        byte[] copy = content.ToArray(); // the client's buffer may change while the request is in flight
        return ApplyAsync(() => state.Write(key, copy));
    }

    /// <inheritdoc />
    public Task<StoreResult<byte[]?>> GetAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync(operation, [], false, () => state.Read(key));
    }

    /// <inheritdoc />
    public Task<StoreResult> DeleteAsync(string key)
    {
        StoreKeys.Require(key);
        return ApplyAsync(() => state.Remove(key));
    }

    /// <inheritdoc />
    public Task<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return boundary.CallAsync(operation, [], false, () => state.Keys(prefix));
    }

    private async Task<StoreResult> ApplyAsync(Action write)
    {
        var result = await boundary.CallAsync(operation, [], false, () =>
        {
            write();
            return true;
        });
        return new StoreResult(result.Status);
    }
}
