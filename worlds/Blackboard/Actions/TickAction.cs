namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>The scheduler's housekeeping at <see cref="BlackboardAction.At"/>: release claims whose
/// heartbeat is older than the TTL, evict unclaimed Intents older than theirs, drop expired Hints.</summary>
public sealed record TickAction(long At) : BlackboardAction(At, "scheduler");
