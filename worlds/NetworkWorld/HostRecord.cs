using System.Collections.Immutable;

namespace Nexus.Worlds.NetworkWorld;

/// <summary>One host: up or down, its listening ports, and the sources whose incoming traffic it denies.</summary>
public sealed record HostRecord(bool Up, ImmutableSortedSet<int> Services, ImmutableSortedSet<string> FwDeny)
{
    /// <summary>An up host with no services and an empty deny set.</summary>
    public static HostRecord Fresh { get; } = new(true, ImmutableSortedSet<int>.Empty, ImmutableSortedSet.Create<string>(StringComparer.Ordinal));

    /// <summary>Equal when up-ness, services and deny sets are.</summary>
    public bool Equals(HostRecord? other) =>
        other is not null && Up == other.Up && Services.SetEquals(other.Services) && FwDeny.SetEquals(other.FwDeny);

    /// <inheritdoc />
    public override int GetHashCode() => Services.Count * 31 + FwDeny.Count * 2 + (Up ? 1 : 0);
}
