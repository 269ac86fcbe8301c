using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;
namespace Nexus.Experiments.Boundary.Clients;

/// <summary>The blob store of a <c>nexus serve</c> target.</summary>
public sealed class HttpBlobStore(HttpStoreClient client) : IBlobStore
{
    /// <inheritdoc />
    public ValueTask<StoreResult> PutAsync(string key, ReadOnlyMemory<byte> content)
    {
        StoreKeys.Require(key);
        return client.WriteAsync(HttpMethod.Put, HttpStoreClient.Query(StoreWire.Blob, "key", key), new ContentBody(content.ToArray()));
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<byte[]?>> GetAsync(string key)
    {
        StoreKeys.Require(key);
        return client.ReadAsync<ContentBody, byte[]?>(HttpStoreClient.Query(StoreWire.Blob, "key", key), body => body.Content);
    }

    /// <inheritdoc />
    public ValueTask<StoreResult> DeleteAsync(string key)
    {
        StoreKeys.Require(key);
        return client.WriteAsync(HttpMethod.Delete, HttpStoreClient.Query(StoreWire.Blob, "key", key), null);
    }

    /// <inheritdoc />
    public ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(string prefix) => HttpKeys.ListAsync(client, StoreWire.Blob, prefix);
}
