namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>One step of an implementation's history: the action, what it returned, and the number of
/// the commit it made in the commit log (0 when it committed nothing: a refusal, or nothing to change).</summary>
public sealed record HistoryEntry(long Step, BlackboardAction Action, ActionOutcome Outcome, long Commit);
