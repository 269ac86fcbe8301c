using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Experiments.Boundary.RemoteAttacks;

/// <summary>What a scenario's run against a server leaves to judge it by: the server, the agents' ledgers
/// and the honest agents' committed Facts.</summary>
public sealed record ServerEvidence(string Scenario, Uri Server, IReadOnlyList<AgentLedger> Honest, IReadOnlyList<AgentLedger> Attackers, IReadOnlyList<string> HonestFacts);
