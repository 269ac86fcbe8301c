namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>One step of an implementation's committed history: the action and what it returned.</summary>
public sealed record HistoryEntry(long Step, BlackboardAction Action, ActionOutcome Outcome);
