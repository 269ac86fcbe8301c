namespace Nexus.Engine.Faults;

/// <summary>The faults a plan can schedule; each has a start and an end.</summary>
public enum FaultKind
{
    /// <summary>Both directions between two node sets are cut, then healed.</summary>
    Partition,

    /// <summary>One direction, from the first set to the second, is cut, then healed.</summary>
    PartitionOneWay,

    /// <summary>One node crashes, then restarts as a new incarnation.</summary>
    Crash,
}
