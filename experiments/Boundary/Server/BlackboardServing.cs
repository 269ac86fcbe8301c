using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Experiments.Boundary.Server;

/// <summary>A served blackboard: its workers and the defences it keeps.</summary>
public sealed record BlackboardServing(int Workers, BlackboardDefences Defences);
