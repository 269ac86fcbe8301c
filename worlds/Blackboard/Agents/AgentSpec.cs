using Nexus.Engine.Time;

namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>What an agent is for.</summary>
public enum AgentRole
{
    /// <summary>Exchanges valid Facts and runs Intents through their lifecycle.</summary>
    Honest,

    /// <summary>Tries to read Facts without contributing.</summary>
    FreeRider,

    /// <summary>Submits Facts that must not be admitted.</summary>
    Poisoner,

    /// <summary>Floods Intents.</summary>
    Spammer,

    /// <summary>Resubmits other agents' signed Facts, concurrently through several workers.</summary>
    Replayer,

    /// <summary>Many identities, each contributing as little as it can to read as much as it can.</summary>
    Sybil,
}

/// <summary>How an agent reaches the blackboard.</summary>
public enum ApiSurface
{
    /// <summary>The orchestration's own operations, in process (<see cref="Surfaces.IBlackboardApi"/>).</summary>
    Trait,

    /// <summary>The exchange only (<see cref="Surfaces.IExchangeOverlay"/>).</summary>
    Overlay,

    /// <summary>The remote API's routes (<see cref="Surfaces.BlackboardEndpoint"/>).</summary>
    Boundary,
}

/// <summary>How an agent signs the Facts it submits.</summary>
public enum SignatureKey
{
    /// <summary>Its own key, as the creator.</summary>
    Valid,

    /// <summary>Another agent named as the creator, with its own key and signature: the key does not hash to the creator.</summary>
    Forged,

    /// <summary>No signature.</summary>
    Missing,
}

/// <summary>What an agent's Facts carry.</summary>
public enum PayloadKind
{
    /// <summary>A well-formed observation.</summary>
    Valid,

    /// <summary>No bytes, or no content at all.</summary>
    Empty,

    /// <summary>Structurally invalid: a forged id, a forged (empty) asset id, an unknown mime type, too large, or pre-linked.</summary>
    Invalid,

    /// <summary>Another agent's signed Fact, as it was sent.</summary>
    Replayed,

    /// <summary>Nothing: the agent only tries to read.</summary>
    None,
}

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
