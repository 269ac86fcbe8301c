namespace Nexus.Worlds.Blackboard.Records;

/// <summary>The numbers the exchange contract and the scheduler run by (defaults in docs/blackboard-world.md).</summary>
public sealed record BlackboardLimits
{
    /// <summary>Largest payload a Fact may carry.</summary>
    public int PayloadBytesMax { get; init; } = 64 * 1024;

    /// <summary>Mime types a Fact may have.</summary>
    public IReadOnlyList<string> MimeTypes { get; init; } = ["text/plain", "application/json", "application/octet-stream"];

    /// <summary>Facts one exchange returns at most, per Fact committed.</summary>
    public int ContractRatio { get; init; } = 10;

    /// <summary>A claim whose last heartbeat is older than this is released by the scheduler.</summary>
    public long HeartbeatTimeToLive { get; init; } = 60_000_000_000;

    /// <summary>An unclaimed Intent older than this is evicted by the scheduler.</summary>
    public long UnclaimedTimeToLive { get; init; } = 3_600_000_000_000;

    /// <summary>How often the scheduler ticks.</summary>
    public long TickInterval { get; init; } = 100_000_000;
}
