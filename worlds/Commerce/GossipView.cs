namespace Nexus.Worlds.Commerce;

/// <summary>One agent's own view of the registry: the cards it has heard of, by name. Views converge by
/// anti-entropy: an agent sends its whole view to a random peer each round, and the peer keeps every
/// card it did not have (a card, once advertised, does not change).</summary>
public sealed class GossipView
{
    private readonly SortedDictionary<string, AgentCard> _cards = new(StringComparer.Ordinal);

    /// <summary>A view holding only <paramref name="own"/>.</summary>
    public GossipView(AgentCard own)
    {
        ArgumentNullException.ThrowIfNull(own);
        _cards.Add(own.Name, own);
    }

    /// <summary>The cards, by name.</summary>
    public IReadOnlyCollection<AgentCard> Cards => _cards.Values;

    /// <summary>The selling agents' cards, in name order.</summary>
    public IReadOnlyList<AgentCard> Sellers => [.. _cards.Values.Where(card => card.Sells)];

    /// <summary>The card named <paramref name="name"/>, or null when this view has not heard of it.</summary>
    public AgentCard? Find(string name) => _cards.GetValueOrDefault(name);

    /// <summary>Keeps every card of <paramref name="cards"/> this view lacks; returns those, in name order.</summary>
    public IReadOnlyList<AgentCard> Merge(IEnumerable<AgentCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var added = new List<AgentCard>();
        foreach (AgentCard card in cards.Where(card => _cards.TryAdd(card.Name, card)))
        {
            added.Add(card);
        }
        return [.. added.OrderBy(card => card.Name, StringComparer.Ordinal)];
    }
}
