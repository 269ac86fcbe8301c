namespace Nexus.Worlds.Commerce;

/// <summary>The scenario's pairing: wait until the registry view holds every selling card, then bid to
/// the <c>index</c>-th of them in name order. The cache is never consulted: a buyer bids only to a seller
/// it has discovered.</summary>
public sealed class DiscoveredPairing : IBuyerPairing
{
    /// <summary>The one instance.</summary>
    public static DiscoveredPairing Instance { get; } = new();

    private DiscoveredPairing()
    {
    }

    /// <inheritdoc />
    public AgentCard? Pick(GossipView view, int index, IReadOnlyDictionary<string, AgentCard> cached)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Sellers.Count < CommerceWorld.Sellers + 1 ? null : view.Sellers[index];
    }
}
