using System.Text.Json;

namespace Nexus.Experiments.Boundary.Wire;

/// <summary>The 400 answer's reason for a body that is not the route's JSON: where the reader stopped and
/// what the route takes, in the wire's own field names. The JSON reader's message names .NET types and
/// members, which a client in another language cannot act on, so it is not passed on.</summary>
public static class MalformedBody
{
    /// <summary>The reason for <paramref name="error"/>, reading a <paramref name="body"/> under <paramref name="options"/>.</summary>
    public static string Reason(JsonException error, Type body, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(options);
        string[] fields = [.. options.GetTypeInfo(body).Properties.Select(property => property.Name)];
        return $"malformed JSON body (at {error.Path ?? "$"}): expected an object with the fields {string.Join(", ", fields)}, each as docs/serve.md gives it";
    }
}
