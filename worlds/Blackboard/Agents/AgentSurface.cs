using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;

namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>An agent's way in: the same operations over the surface it was given. The overlay offers
/// only the exchange. A read attempt is what a free-rider can try there: on the trait and overlay
/// surfaces, an exchange that contributes nothing (a Fact without content); on the boundary, each
/// read-shaped path in turn.</summary>
public sealed class AgentSurface
{
    /// <summary>The read-shaped paths a free-rider tries on the remote API, in turn.</summary>
    public static IReadOnlyList<string> ReadPaths { get; } = ["/facts", "/facts/latest", "/search", "/head", "/log/1", "/blob", "/exchange"];

    private readonly BlackboardService? _blackboard;
    private readonly IExchangeOverlay? _overlay;
    private readonly IBlackboardRoutes _endpoint;

    /// <summary>The surface <paramref name="kind"/> of <paramref name="blackboard"/>, in process.</summary>
    public AgentSurface(ApiSurface kind, BlackboardService blackboard)
        : this(kind, blackboard ?? throw new ArgumentNullException(nameof(blackboard)), new BlackboardEndpoint(blackboard))
    {
    }

    /// <summary>The surface <paramref name="kind"/> of <paramref name="world"/>'s blackboard: the trait and
    /// overlay surfaces need it in process, the boundary reaches it through the world's routes.</summary>
    public AgentSurface(ApiSurface kind, AgentWorld world)
        : this(kind, (world ?? throw new ArgumentNullException(nameof(world))).Blackboard, world.Routes)
    {
    }

    private AgentSurface(ApiSurface kind, BlackboardService? blackboard, IBlackboardRoutes routes)
    {
        if (blackboard is null && kind != ApiSurface.Boundary)
        {
            throw new ArgumentException($"the {kind} surface needs the blackboard in process; a running server offers the boundary only", nameof(kind));
        }
        Kind = kind;
        _blackboard = blackboard;
        _overlay = blackboard is null ? null : new ExchangeOverlay(blackboard);
        _endpoint = routes;
    }

    /// <summary>Which surface this is.</summary>
    public ApiSurface Kind { get; }

    /// <summary>True when the surface offers the Intent operations (not the overlay).</summary>
    public bool HasIntents => Kind != ApiSurface.Overlay;

    /// <summary>The exchange.</summary>
    public Task<ActionOutcome> ExchangeAsync(Fact fact, string query) => Kind switch
    {
        ApiSurface.Trait => _blackboard!.ExchangeAsync(fact, query),
        ApiSurface.Overlay => _overlay!.ExchangeAsync(fact, query),
        _ => PostAsync(new EndpointRequest("POST", "/exchange") { Fact = fact, Query = query }),
    };

    /// <summary>Submits an Intent.</summary>
    public Task<ActionOutcome> SubmitIntentAsync(Intent intent) => Kind == ApiSurface.Trait
        ? _blackboard!.SubmitIntentAsync(intent)
        : PostAsync(new EndpointRequest("POST", "/intents") { Intent = intent });

    /// <summary>Claims an Intent.</summary>
    public Task<ActionOutcome> ClaimAsync(string agent, string intentId) => Kind == ApiSurface.Trait
        ? _blackboard!.ClaimAsync(agent, intentId)
        : PostAsync(new EndpointRequest("POST", "/intents/claim") { Agent = agent, IntentId = intentId });

    /// <summary>Refreshes a heartbeat.</summary>
    public Task<ActionOutcome> HeartbeatAsync(string agent, string intentId) => Kind == ApiSurface.Trait
        ? _blackboard!.HeartbeatAsync(agent, intentId)
        : PostAsync(new EndpointRequest("POST", "/intents/heartbeat") { Agent = agent, IntentId = intentId });

    /// <summary>Concludes an Intent, signed by <paramref name="identity"/> at <paramref name="at"/> on the boundary (the request carries the signed conclusion).</summary>
    public Task<ActionOutcome> ConcludeAsync(AgentIdentity identity, string intentId, string result, long at)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (Kind == ApiSurface.Trait)
        {
            return _blackboard!.ConcludeAsync(identity, intentId, result);
        }
        var unsigned = new ConcludeAction(at, identity.Id, intentId, result, identity.PublicKey, []);
        ConcludeAction signed = unsigned with { Signature = identity.Sign(unsigned.ConclusionFact().SignedBytes()) };
        return PostAsync(new EndpointRequest("POST", "/intents/conclude") { Conclusion = signed });
    }

    /// <summary>Read attempt number <paramref name="attempt"/>: the Fact ids it was answered with (none, when the surface holds).</summary>
    public async Task<IReadOnlyList<string>> TryReadAsync(AgentIdentity identity, string query, int attempt)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (Kind == ApiSurface.Boundary)
        {
            string path = ReadPaths[attempt % ReadPaths.Count];
            EndpointResponse response = await _endpoint.SendAsync(new EndpointRequest("GET", path) { Query = query });
            return response.FactIds;
        }
        var nothing = new Fact("", null!, new Origin("read-attempt", attempt), identity.Id, identity.PublicKey, [], "");
        return (await ExchangeAsync(nothing, query)).FactIds;
    }

    private async Task<ActionOutcome> PostAsync(EndpointRequest request)
    {
        EndpointResponse response = await _endpoint.SendAsync(request);
        return response.Status == 200
            ? new ActionOutcome(BlackboardError.None, response.FactIds)
            : ActionOutcome.Refused(Enum.TryParse(response.Error, out BlackboardError error) ? error : BlackboardError.Malformed);
    }
}
