namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>An action's first two hosts looked up in one table. Immutable, so a reader sees a whole one.</summary>
internal sealed record HostLookup(HostTable Table, IReadOnlyList<string> Hosts, int First, int Second);
