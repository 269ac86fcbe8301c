namespace Nexus.Worlds.Blackboard.Records;

/// <summary>A governance rule the orchestration enforces while it is active: from
/// <see cref="CreatedAt"/> for <see cref="TimeToLive"/> nanoseconds (0: for ever).</summary>
public sealed record Hint(string Id, string Rule, string Creator, long CreatedAt, long TimeToLive)
{
    /// <summary>True at <paramref name="now"/>.</summary>
    public bool IsActiveAt(long now) => now >= CreatedAt && (TimeToLive == 0 || now < CreatedAt + TimeToLive);
}
