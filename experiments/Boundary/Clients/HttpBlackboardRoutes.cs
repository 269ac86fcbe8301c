using System.Net.Http.Json;
using System.Text.Json;
using Nexus.Worlds.Blackboard.Surfaces;

namespace Nexus.Experiments.Boundary.Clients;

/// <summary>The blackboard API of a running <c>nexus serve --blackboard</c>, over HTTP. An answer that
/// is not the API's (no body, another server's JSON, or a connection that failed) reads as a refusal
/// with no Facts.</summary>
public sealed class HttpBlackboardRoutes(HttpClient http) : IBlackboardRoutes
{
    /// <inheritdoc />
    public async Task<EndpointResponse> SendAsync(EndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path)
        {
            Content = JsonContent.Create(EndpointWire.BodyOf(request), options: EndpointWire.Json),
        };
        try
        {
            using HttpResponseMessage response = await http.SendAsync(message).ConfigureAwait(false);
            string text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            // Another server's JSON (a store server's error body, say) lacks the API's fields.
            EndpointResponse? answer = JsonSerializer.Deserialize<EndpointResponse>(text, EndpointWire.Json);
            return answer is { FactIds: not null, Error: not null } ? answer : new EndpointResponse((int)response.StatusCode, [], text);
        }
        catch (Exception failed) when (failed is HttpRequestException or JsonException)
        {
            return new EndpointResponse(503, [], failed.Message);
        }
    }
}
