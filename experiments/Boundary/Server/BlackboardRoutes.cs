using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Boundary.Wire;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Detection;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;
using Nexus.Worlds.Storage;

namespace Nexus.Experiments.Boundary.Server;

/// <summary><c>nexus serve --blackboard</c>: a blackboard of several workers over the target's stores,
/// and its remote API (<see cref="BlackboardEndpoint"/>) as the server's only routes: every method and
/// path goes to the endpoint, which serves its write routes and answers anything else 404 or 405. The
/// stores are the deployment's own, reachable by no route, as a Worker's storage is by no URL. As in a
/// campaign, an operator adds the serving's Hints before the first request and the OODA scheduler ticks
/// beside the requests (releasing stale claims, evicting old Intents, submitting its findings), both
/// under identities derived from the seed.</summary>
internal static class BlackboardRoutes
{
    /// <summary>Maps the routes; the returned identities are the operator's and the scheduler's, which the
    /// server disposes when it stops.</summary>
    public static async Task<AgentIdentity[]> MapAsync(WebApplication app, PacedRuntime runtime, StoreSet stores, BlackboardServing serving, ulong seed)
    {
        AgentIdentity operatorIdentity = AgentIdentity.Derive(seed, "operator");
        AgentIdentity scheduler = AgentIdentity.Derive(seed, "scheduler");
        BlackboardEndpoint endpoint;
        try
        {
            endpoint = await StartAsync(runtime, stores, serving, operatorIdentity, scheduler);
        }
        catch
        {
            operatorIdentity.Dispose();
            scheduler.Dispose();
            throw;
        }
        app.Map("/{**path}", context => ServeAsync(context, runtime, endpoint));
        return [operatorIdentity, scheduler];
    }

    private static Task<BlackboardEndpoint> StartAsync(PacedRuntime runtime, StoreSet stores, BlackboardServing serving, AgentIdentity operatorIdentity, AgentIdentity scheduler) =>
        runtime.Run(async () =>
        {
            var blackboard = new BlackboardService(runtime, stores, new BlackboardLimits(), serving.Defences, serving.Workers);
            for (int i = 0; i < serving.Hints.Count; i++)
            {
                ActionOutcome added = await blackboard.AddHintAsync(new Hint("operator-" + i.ToString(CultureInfo.InvariantCulture), serving.Hints[i], operatorIdentity.Id, 0, 0));
                if (!added.Succeeded)
                {
                    throw new InvalidOperationException($"the blackboard refused the Hint '{serving.Hints[i]}': {added.Error}");
                }
            }
            _ = runtime.Spawn("ooda", () => new OodaScheduler(runtime, blackboard, scheduler, OodaScheduler.StandardDetectors).RunAsync(SimTime.MaxValue));
            return new BlackboardEndpoint(blackboard);
        });

    private static async Task ServeAsync(HttpContext context, PacedRuntime runtime, BlackboardEndpoint endpoint)
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
    }
}
