using Nexus.Engine.Time;

namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>A group of agents in a campaign: <paramref name="Count"/> agents (for a Sybil, identities)
/// of one role, surface, key and payload, each taking <paramref name="Actions"/> actions paced by
/// exponential think times of mean <paramref name="ThinkTime"/>.</summary>
public sealed record AgentSpec(AgentRole Role, int Count, ApiSurface Surface, SignatureKey Key, PayloadKind Payload, int Actions, SimDuration ThinkTime)
{
    /// <summary>The names used in configs, in enum order.</summary>
    public static IReadOnlyList<string> RoleNames { get; } = ["honest", "free-rider", "poisoner", "spammer", "replayer", "sybil"];

    /// <inheritdoc cref="RoleNames"/>
    public static IReadOnlyList<string> SurfaceNames { get; } = ["trait", "overlay", "boundary"];

    /// <inheritdoc cref="RoleNames"/>
    public static IReadOnlyList<string> KeyNames { get; } = ["valid", "forged", "missing"];

    /// <inheritdoc cref="RoleNames"/>
    public static IReadOnlyList<string> PayloadNames { get; } = ["valid", "empty", "invalid", "replayed", "none"];

    /// <summary>The role's config name.</summary>
    public string RoleName => RoleNames[(int)Role];
}
