using Nexus.Worlds.Storage;

namespace Nexus.Scenarios.Hunts.Bugs;

/// <summary>A blob client that reports a timed-out write as written. At depth 2 a timed-out write
/// applied whole or not at all, so this is wrong only when the boundary's draws make it time out and
/// not apply: a bug that needs a particular fault choice to appear.</summary>
public sealed class TimeoutTakenAsWrittenBlobStore(IBlobStore inner) : IBlobStore
{
    /// <inheritdoc />
    public async ValueTask<StoreResult> PutAsync(string key, ReadOnlyMemory<byte> content)
    {
        StoreResult written = await inner.PutAsync(key, content);
        return written.Status == StoreStatus.Timeout ? StoreResult.Ok : written;
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<byte[]?>> GetAsync(string key) => inner.GetAsync(key);

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key) => inner.DeleteAsync(key);

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => inner.ListAsync(prefix);
}
