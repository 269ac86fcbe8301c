using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The blackboard API over HTTP: the method and path are the route's, the body is
/// <see cref="EndpointBody"/> as JSON (camelCase, bytes in base64), and the answer is an
/// <see cref="EndpointResponse"/> whose status is also the HTTP status.</summary>
public static class EndpointWire
{
    /// <summary>How bodies are written and read.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The body of <paramref name="request"/>.</summary>
    public static EndpointBody BodyOf(EndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new EndpointBody(request.Fact, request.Query, request.Intent, request.Agent, request.IntentId, request.Conclusion);
    }

    /// <summary>The request <paramref name="body"/> makes on <paramref name="method"/> <paramref name="path"/>.</summary>
    public static EndpointRequest RequestOf(string method, string path, EndpointBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new EndpointRequest(method, path)
        {
            Fact = body.Fact,
            Query = body.Query ?? "",
            Intent = body.Intent,
            Agent = body.Agent ?? "",
            IntentId = body.IntentId ?? "",
            Conclusion = body.Conclusion,
        };
    }
}

