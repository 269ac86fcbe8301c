namespace Nexus.Worlds.Storage.Remote;

/// <summary>What crossed one emulated boundary.</summary>
public sealed class BoundaryStatistics
{
    /// <summary>Requests sent.</summary>
    public long Requests { get; internal set; }

    /// <summary>Requests applied at the server.</summary>
    public long Applied { get; internal set; }

    /// <summary>Requests that timed out at the client (applied or not).</summary>
    public long Timeouts { get; internal set; }

    /// <summary>Timed-out requests that the server had applied.</summary>
    public long TimeoutsApplied { get; internal set; }

    /// <summary>Requests refused as unavailable.</summary>
    public long Unavailable { get; internal set; }

    /// <summary>Compare-and-swaps refused for contention.</summary>
    public long Conflicts { get; internal set; }

    /// <summary>Requests that paid a cold start.</summary>
    public long ColdStarts { get; internal set; }
}
