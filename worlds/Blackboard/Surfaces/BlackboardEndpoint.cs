using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>The boundary surface: the blackboard's remote API as routes. Writes only: <c>POST
/// /exchange</c> (the one way to read Facts, after a commit), <c>POST /intents</c>, and <c>POST
/// /intents/claim</c>, <c>/heartbeat</c>, <c>/release</c>, <c>/conclude</c> (a signed conclusion). Anything else is 404 (no such path) or 405
/// (a known path, another method), and does nothing. With the <c>no-read-api</c> defence switched off
/// it also serves <c>GET /facts</c>, every committed Fact id: the read API the contract forbids.</summary>
public sealed class BlackboardEndpoint(BlackboardService blackboard) : IBlackboardRoutes
{
    private static readonly string[] WriteRoutes =
        ["POST /exchange", "POST /intents", "POST /intents/claim", "POST /intents/heartbeat", "POST /intents/release", "POST /intents/conclude"];

    /// <summary>The routes served, as "METHOD /path".</summary>
    public IReadOnlyList<string> Routes { get; } = blackboard.Defences.NoReadApi ? WriteRoutes : [.. WriteRoutes, "GET /facts"];

    /// <summary>Serves <paramref name="request"/>.</summary>
    public async Task<EndpointResponse> SendAsync(EndpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string route = request.Method + " " + request.Path;
        if (!Routes.Contains(route))
        {
            return EndpointResponse.NoRoute(Routes.Any(known => known.EndsWith(" " + request.Path, StringComparison.Ordinal)) ? 405 : 404, request.Path);
        }
        if (route == "GET /facts")
        {
            return new EndpointResponse(200, [.. blackboard.View.Facts.Keys], "");
        }
        ActionOutcome outcome = route switch
        {
            "POST /exchange" when request.Fact is not null => await blackboard.ExchangeAsync(request.Fact, request.Query),
            "POST /intents" when request.Intent is not null => await blackboard.SubmitIntentAsync(request.Intent),
            "POST /intents/claim" => await blackboard.ClaimAsync(request.Agent, request.IntentId),
            "POST /intents/heartbeat" => await blackboard.HeartbeatAsync(request.Agent, request.IntentId),
            "POST /intents/release" => await blackboard.ReleaseAsync(request.Agent, request.IntentId),
            "POST /intents/conclude" when request.Conclusion is not null => await blackboard.ConcludeAsync(request.Conclusion),
            _ => ActionOutcome.Refused(BlackboardError.Malformed),
        };
        return outcome.Succeeded ? new EndpointResponse(200, outcome.FactIds, "") : new EndpointResponse(outcome.Error == BlackboardError.StoreFailure ? 503 : 400, [], outcome.Error.ToString());
    }
}
