namespace Nexus.Worlds.Commerce;

/// <summary>How a buyer picks the seller it bids to. The buyer asks each time its registry view grows,
/// with the cards it holds from outside the registry (a cache of an earlier session: every card of the
/// run), until it gets a seller.</summary>
public interface IBuyerPairing
{
    /// <summary>The seller buyer <paramref name="index"/> bids to now, or null to wait for more of the registry.</summary>
    AgentCard? Pick(GossipView view, int index, IReadOnlyDictionary<string, AgentCard> cached);
}
