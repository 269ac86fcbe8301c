using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Storage.Profiles;

namespace Nexus.Experiments.Checks;

/// <summary>What one seed of the blackboard check runs under.</summary>
/// <param name="Profile">The depth-2 target, or null for depth 1 (in-process stores).</param>
/// <param name="Swarm">Draw the store set's faults from the seed (depth 2 only).</param>
/// <param name="Defences">The defences in force.</param>
public sealed record BlackboardCheckOptions(TargetProfile? Profile, bool Swarm, BlackboardDefences Defences)
{
    /// <summary>Workers serving the blackboard concurrently.</summary>
    public int Workers { get; init; } = 4;

    /// <summary>Concurrent agents, honest and hostile.</summary>
    public int Agents { get; init; } = 4;

    /// <summary>Actions each agent takes.</summary>
    public int ActionsPerAgent { get; init; } = 40;
}
