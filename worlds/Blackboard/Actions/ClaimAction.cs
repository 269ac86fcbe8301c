namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>Takes ownership of a submitted Intent.</summary>
public sealed record ClaimAction(long At, string Agent, string IntentId) : BlackboardAction(At, Agent);
