namespace Nexus.Experiments.Loops;

/// <summary>How big a loop sweep's world is, as its own section of the config says: agents for the
/// blackboard; hosts, ports and traffic drivers for the network. What a world does not have is 0 or empty.</summary>
public sealed record LoopWorldSize(int Agents, int Hosts, int Ports, IReadOnlyList<string> Drivers);
