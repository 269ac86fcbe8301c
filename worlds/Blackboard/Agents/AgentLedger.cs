namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>What one agent did, as it saw it: the evidence a scenario's check reads beside the
/// blackboard's history (which has no record of a request the remote API turned away).</summary>
public sealed class AgentLedger(string name, string id, AgentRole role)
{
    /// <summary>The agent's name in the run.</summary>
    public string Name { get; } = name;

    /// <summary>Its id (the creator id its own key gives).</summary>
    public string Id { get; } = id;

    /// <summary>Its role.</summary>
    public AgentRole Role { get; } = role;

    /// <summary>Operations it sent, of any kind.</summary>
    public int Operations { get; set; }

    /// <summary>Operations that succeeded.</summary>
    public int Succeeded { get; set; }

    /// <summary>When it finished its last action (virtual nanoseconds).</summary>
    public long FinishedAt { get; set; }

    /// <summary>Attempts to read Facts without contributing.</summary>
    public int ReadAttempts { get; set; }

    /// <summary>Of those, the attempts that were answered with any Fact id.</summary>
    public int ReadAttemptsAnswered { get; set; }

    /// <summary>Fact ids it submitted (for a replayer, those it resubmitted).</summary>
    public List<string> Submitted { get; } = [];

    /// <summary>Intent lifecycles it started.</summary>
    public int IntentsStarted { get; set; }

    /// <summary>Intent lifecycles it concluded.</summary>
    public int IntentsConcluded { get; set; }
}
