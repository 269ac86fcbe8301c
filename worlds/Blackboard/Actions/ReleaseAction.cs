namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>The owner gives the Intent up; it can be claimed again.</summary>
public sealed record ReleaseAction(long At, string Agent, string IntentId) : BlackboardAction(At, Agent);
