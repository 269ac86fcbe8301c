using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Surfaces;

/// <summary>Every field a route may take; a route reads the ones it needs.</summary>
public sealed record EndpointBody(Fact? Fact, string? Query, Intent? Intent, string? Agent, string? IntentId, ConcludeAction? Conclusion);
