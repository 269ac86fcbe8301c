namespace Nexus.Worlds.Blackboard.Games;

/// <summary>A move in the iterated exchange: contribute a valid Fact the partner can read (cooperate), or contribute nothing of use (defect).</summary>
public enum Move
{
    /// <summary>Contribute.</summary>
    Cooperate,

    /// <summary>Free-ride.</summary>
    Defect,
}
