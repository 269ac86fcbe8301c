using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nexus.Engine.Runtime;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Experiments.Boundary.Server;

/// <summary><c>nexus serve --blackboard</c>: a blackboard of several workers over the target's stores,
/// and its remote API (<see cref="BlackboardEndpoint"/>) as the server's only routes: every method and
/// path goes to the endpoint, which serves its write routes and answers anything else 404 or 405. The
/// stores are the deployment's own, reachable by no route, as a Worker's storage is by no URL.</summary>
internal static class BlackboardRoutes
{
    public static async Task MapAsync(WebApplication app, PacedRuntime runtime, RemoteTarget target, BlackboardServing serving)
    {
        BlackboardEndpoint endpoint = await runtime.Run(() => ValueTask.FromResult(
            new BlackboardEndpoint(new BlackboardService(runtime, target.Connect(), new BlackboardLimits(), serving.Defences, serving.Workers))));
        app.Map("/{**path}", async context =>
        {
            EndpointResponse response;
            try
            {
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer);
                EndpointBody body = buffer.Length == 0
                    ? new EndpointBody(null, null, null, null, null, null)
                    : JsonSerializer.Deserialize<EndpointBody>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), EndpointWire.Json) ?? throw new JsonException("the body is JSON null");
                EndpointRequest request = EndpointWire.RequestOf(context.Request.Method, context.Request.Path.Value ?? "/", body);
                response = await runtime.Run(() => new ValueTask<EndpointResponse>(endpoint.SendAsync(request)));
            }
            catch (JsonException malformed)
            {
                response = new EndpointResponse(StatusCodes.Status400BadRequest, [], MalformedBody.Reason(malformed, typeof(EndpointBody), EndpointWire.Json));
            }
            catch (BadHttpRequestException refused)
            {
                response = new EndpointResponse(refused.StatusCode, [], refused.Message);
            }
            context.Response.StatusCode = response.Status;
            await context.Response.WriteAsJsonAsync(response, EndpointWire.Json);
        });
    }
}

