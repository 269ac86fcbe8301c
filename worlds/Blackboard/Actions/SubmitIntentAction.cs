using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Actions;

/// <summary>Submits <see cref="Intent"/>; open to everyone, subject to Hints.</summary>
public sealed record SubmitIntentAction(long At, Intent Intent) : BlackboardAction(At, Intent.Creator);
