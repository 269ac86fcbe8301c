using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Storage;
namespace Nexus.Experiments.Boundary.Clients;

/// <summary>Store sets whose stores are a running <c>nexus serve</c> target's, over HTTP.</summary>
public static class HttpStores
{
    /// <summary>The stores of the target at <paramref name="http"/>'s base address; every request tells
    /// the target the client gives up <paramref name="timeout"/> after sending it. No inspector: a
    /// client sees only what the routes answer.</summary>
    public static StoreSet Connect(HttpClient http, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(http);
        var client = new HttpStoreClient(http, timeout);
        return new StoreSet(
            new HttpKeyValueStore(client, StoreWire.KeyValue),
            new HttpBlobStore(client),
            new HttpObjectStore(client),
            new HttpKeyValueStore(client, StoreWire.Commit));
    }
}
