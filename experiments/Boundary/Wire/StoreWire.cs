using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.Experiments.Boundary.Wire;

/// <summary>The HTTP form of the stores, shared by the server and its client: the routes, the header
/// that carries the client's timeout, and the JSON bodies (camelCase). A key always travels in the
/// query string (<c>?key=</c>, <c>?prefix=</c>), where any string survives percent-encoding exactly.</summary>
public static class StoreWire
{
    /// <summary>The header every store request carries: how many milliseconds after sending the client
    /// gives up. The server counts it from the request's arrival and applies nothing after it.</summary>
    public const string TimeoutHeader = "Nexus-Timeout-Ms";

    /// <summary>The longest timeout a request may ask for, in milliseconds.</summary>
    public const int TimeoutMaxMilliseconds = 600_000;

    /// <summary>The route of the key-value store.</summary>
    public const string KeyValue = "/kv";

    /// <summary>The route of the commit channel, a second way into the key-value state.</summary>
    public const string Commit = "/commit";

    /// <summary>The route of the blob store.</summary>
    public const string Blob = "/blob";

    /// <summary>The route of the object store.</summary>
    public const string Object = "/object";

    /// <summary>Appended to a store's route: list keys by prefix.</summary>
    public const string List = "/list";

    /// <summary>Appended to the object route: one compare-and-swap.</summary>
    public const string Swap = "/cas";

    /// <summary>Appended to the object route: an atomic compare-and-swap of several keys.</summary>
    public const string SwapMany = "/cas-many";

    /// <summary>True for a path of the stores' routes.</summary>
    public static bool IsStoreRoute(string path) =>
        new[] { KeyValue, Commit, Blob, Object }.Any(route => path == route || path.StartsWith(route + "/", StringComparison.Ordinal));

    /// <summary>How bodies are written and read.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = false,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

