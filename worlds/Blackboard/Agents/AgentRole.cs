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
