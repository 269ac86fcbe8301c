using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;
namespace Nexus.Experiments.Boundary.Clients;

/// <summary>Listing keys by prefix, the same request on every store that lists.</summary>
internal static class HttpKeys
{
    public static ValueTask<StoreResult<IReadOnlyList<string>>> ListAsync(HttpStoreClient client, string route, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return client.ReadAsync<KeysBody, IReadOnlyList<string>>(HttpStoreClient.Query(route + StoreWire.List, "prefix", prefix), body => body.Keys);
    }
}
