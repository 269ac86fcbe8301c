using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Exchange;

/// <summary>Everything one (scenario, depth, seed) run leaves for its checks: the conformance report,
/// the history in finish order, every agent's ledger, the stores read back at each commit, the remote
/// API's routes, and the run's trace fingerprint.</summary>
public sealed record AttackRunResult(
    ScenarioSpec Scenario,
    CampaignDepth Depth,
    int Seed,
    ConformanceReport Conformance,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<AgentLedger> Honest,
    IReadOnlyList<AgentLedger> Attackers,
    IReadOnlyDictionary<long, BlackboardState> CommittedStates,
    IReadOnlyList<string> Routes,
    BlackboardLimits Limits,
    string Fingerprint) : ISeededRun;
