namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>The owner says it is still working on the Intent.</summary>
public sealed record HeartbeatAction(long At, string Agent, string IntentId) : BlackboardAction(At, Agent);
