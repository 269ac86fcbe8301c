using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;
namespace Nexus.Experiments.Boundary.Clients;

/// <summary>A key-value store (or the commit channel) of a <c>nexus serve</c> target, at <paramref name="route"/>.</summary>
public sealed class HttpKeyValueStore(HttpStoreClient client, string route) : IKeyValueStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult<string?>> GetAsync(string key)
    {
        // Arguments are checked at the call, as depth 1 does, not inside the returned task.
        StoreKeys.Require(key);
        return client.ReadAsync<ValueBody, string?>(HttpStoreClient.Query(route, "key", key), body => body.Value);
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> SetAsync(string key, string value)
    {
        StoreKeys.Require(key);
        ArgumentNullException.ThrowIfNull(value);
        return client.WriteAsync(HttpMethod.Put, HttpStoreClient.Query(route, "key", key), new ValueBody(value));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        StoreKeys.Require(key);
        return client.WriteAsync(HttpMethod.Delete, HttpStoreClient.Query(route, "key", key), null);
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => HttpKeys.ListAsync(client, route, prefix);
}
