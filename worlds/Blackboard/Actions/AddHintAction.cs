using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>Adds a governance Hint.</summary>
public sealed record AddHintAction(long At, Hint Hint) : BlackboardAction(At, Hint.Creator);
