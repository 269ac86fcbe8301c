using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>Depth 2: a key-value store behind the boundary, eventually consistent where the target is.
/// Several channels (the session's read path and its commit channel) can share one state.</summary>
public sealed class RemoteKeyValueStore(RemoteBoundary boundary, OperationProfile operation, EventualKeyValue state) : IKeyValueStore
{
    /// <summary>The shared server-side state.</summary>
    public EventualKeyValue State { get; } = state;

    /// <inheritdoc />
    public Task<StoreResult<string?>> GetAsync(string key)
    {
        StoreKeys.Require(key);
        return boundary.CallAsync(operation, [], false, () => State.Read(boundary.Runtime.Now, key));
    }

    /// <inheritdoc />
    public Task<StoreResult> SetAsync(string key, string value)
    {
        // Arguments are checked at the call, as depth 1 does, not inside the returned task.
        StoreKeys.Require(key);
        ArgumentNullException.ThrowIfNull(value);
        return WriteAsync(key, value);
    }

    /// <inheritdoc />
    public Task<StoreResult> DeleteAsync(string key)
    {
        StoreKeys.Require(key);
        return WriteAsync(key, null);
    }

    private async Task<StoreResult> WriteAsync(string key, string? value)
    {
        var result = await boundary.CallAsync(operation, [], false, () =>
        {
            State.Write(boundary.Runtime.Now, key, value);
            return true;
        });
        return new StoreResult(result.Status);
    }

    /// <inheritdoc />
    public Task<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return boundary.CallAsync(operation, [], false, () => State.Keys(boundary.Runtime.Now, prefix));
    }
}
