namespace Nexus.Worlds.Blackboard.Agents;

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
