using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>A served blackboard: its workers, the defences it keeps, and the Hint rules its operator
/// adds at start (<c>max-intents-per-agent-per-second:2</c>, say).</summary>
public sealed record BlackboardServing(int Workers, BlackboardDefences Defences)
{
    /// <summary>The operator's Hint rules, added in order before the first request is served.</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];
}
