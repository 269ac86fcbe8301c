namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Where an Intent is in its lifecycle.</summary>
public enum IntentPhase
{
    /// <summary>Open: anyone may claim it.</summary>
    Submitted,

    /// <summary>A worker owns it and must keep heartbeating.</summary>
    Claimed,

    /// <summary>Done: its result is a Fact on the chain.</summary>
    Concluded,
}
