using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Scenarios.Exchange;

/// <summary>What a scenario's run against a server leaves to judge it by: the agents' ledgers, the honest
/// agents' committed Facts, and a probe of every route the server serves for any of a set of Facts
/// (the boundary's own, since only it knows the routes).</summary>
public sealed record ServerEvidence(
    string Scenario,
    IReadOnlyList<AgentLedger> Honest,
    IReadOnlyList<AgentLedger> Attackers,
    IReadOnlyList<string> HonestFacts,
    Func<IReadOnlyCollection<string>, Task<RouteProbeResult>> ProbeRoutes);
