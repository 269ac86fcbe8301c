namespace Nexus.Engine.Faults;

/// <summary>The faults a plan can schedule; each has a start and an end, and each applies to one
/// kind of target: the network, a store set's operations, or a process.</summary>
public enum FaultKind
{
    /// <summary>Network: both directions between two node sets are cut, then healed.</summary>
    Partition,

    /// <summary>Network: one direction, from the first set to the second, is cut, then healed.</summary>
    PartitionOneWay,

    /// <summary>Network: one node crashes, then restarts as a new incarnation. Process: the process
    /// stops answering and loses what it holds in memory, then recovers from its durable state.</summary>
    Crash,

    /// <summary>Stores: every call issued during the window is refused as unavailable.</summary>
    Outage,

    /// <summary>Stores: every call issued during the window is lost before the server and times out.</summary>
    TimeoutStorm,

    /// <summary>Stores: every call issued during the window takes the window's magnitude longer.</summary>
    LatencySpike,

    /// <summary>Stores: key-value writes applied during the window may stay invisible to reads for up
    /// to the window's magnitude, wider than the profile's staleness bound.</summary>
    Staleness,
}
