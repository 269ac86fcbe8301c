namespace Nexus.Worlds.NetworkWorld.State;

/// <summary>One host's record in the compact state: up-ness, listening ports sorted ascending, and
/// the numbers of the hosts it denies sorted ascending. Immutable and shared between states.</summary>
internal sealed class HostRow(bool up, int[] services, int[] deny)
{
    /// <summary>An up host with no services and an empty deny set.</summary>
    public static HostRow Fresh { get; } = new(true, [], []);

    /// <summary>Whether the host is up.</summary>
    public bool Up => up;

    /// <summary>Listening ports, ascending.</summary>
    public int[] Services => services;

    /// <summary>Denied source hosts by number, ascending.</summary>
    public int[] Deny => deny;

    /// <summary>Its facts: the up fact, one per service, one per deny entry.</summary>
    public int Facts => 1 + services.Length + deny.Length;

    /// <summary>|F(this) △ F(other)| restricted to this host's facts.</summary>
    public int Difference(HostRow other) => ReferenceEquals(this, other) ? 0
        : (up != other.Up ? 2 : 0) + SortedArray.SymmetricDifference(services, other.Services) + SortedArray.SymmetricDifference(deny, other.Deny);
}
