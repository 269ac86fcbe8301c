using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Hunts.Bugs;

/// <summary>Seeded bug: a buyer waits only until its registry view shows any seller, then bids to the
/// <c>index</c>-th selling card of its cache, which its view may not hold yet.</summary>
public sealed class CachedCardPairing : IBuyerPairing
{
    /// <inheritdoc />
    public AgentCard? Pick(GossipView view, int index, IReadOnlyDictionary<string, AgentCard> cached)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(cached);
        return view.Sellers.Count == 0 ? null : cached.Values.Where(card => card.Sells).OrderBy(card => card.Name, StringComparer.Ordinal).ElementAt(index);
    }
}
