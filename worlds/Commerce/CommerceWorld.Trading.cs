using System.Globalization;
using Nexus.Engine.Messaging;

namespace Nexus.Worlds.Commerce;

/// <summary>The honest trade: gossip exchanges, pairing, bids, streams, and the sellers' settlement cycle.</summary>
public sealed partial class CommerceWorld
{
    /// <summary>An agent that needs the registry (a buyer: every selling card; the auditor: every card)
    /// opens its first gossip exchange after a tick; the rest follow from the answers (<see cref="Answered"/>).</summary>
    private async Task GossipAsync(Agent agent)
    {
        await _runtime.Delay(_options.Tick);
        Exchange(agent);
    }

    /// <summary>True while <paramref name="agent"/>'s view lacks what it needs.</summary>
    private bool NeedsRegistry(Agent agent) => agent.Role switch
    {
        CommerceRole.Buyer or CommerceRole.Freeloader => agent.View.Sellers.Count < Sellers + 1,
        CommerceRole.Auditor => agent.View.Cards.Count < _agents.Count,
        _ => false,
    };

    /// <summary>Pushes <paramref name="agent"/>'s view to a peer drawn from its stream; the peer answers with its own.
    /// Sent reliably, a push to a peer behind the partition waits there until the heal.</summary>
    private void Exchange(Agent agent)
    {
        _network.Send(agent.Node, agent.Peers[agent.Random.Next(agent.Peers.Length)], DeliveryMode.ReliableUnordered, new Gossip([.. agent.View.Cards], agent.Name, Answer: false));
    }

    /// <summary>After an exchange: a buyer that can pair bids; an agent that still needs the registry exchanges again.</summary>
    private void Answered(Agent agent)
    {
        if (agent.Role is CommerceRole.Buyer or CommerceRole.Freeloader && !agent.HasBid
            && _options.Pairing.Pick(agent.View, agent.Index, _cards) is AgentCard seller)
        {
            agent.HasBid = true;
            _bidsToCome--;
            _buying++;
            _processes.Add(_runtime.Spawn(agent.Name + "/buy", async () =>
            {
                await (agent.Role == CommerceRole.Buyer ? BuyAsync(agent, seller) : FreeloadAsync(agent, seller));
                _buying--;
                CheckTradingOver();
            }));
        }
        if (NeedsRegistry(agent))
        {
            Exchange(agent);
        }
    }

    /// <summary>Seals and sends <paramref name="buyer"/>'s bid to <paramref name="seller"/>, paid by <paramref name="stream"/> (none: unpaid).</summary>
    private void SendBid(Agent buyer, AgentCard seller, PaymentStream? stream)
    {
        string reference = buyer.Name + "/bid";
        int price = 10 + buyer.Random.Next(90);
        string plaintext = string.Create(CultureInfo.InvariantCulture, $"BID {reference} to {seller.Name}: price {price}, secret {buyer.Random.NextUInt64():x16}");
        _declared.Add(reference, plaintext);
        byte[] wire = BidSealing.Seal(_options.Privacy, plaintext, seller, buyer.Random);
        Record(CommerceEvents.BidSent, buyer.Name, seller.Name, reference, Convert.ToBase64String(wire));
        SendReliably(buyer.Node, _agents[seller.Name].Node, new Bid(reference, buyer.Name, price, wire, stream));
    }

    /// <summary>Opens a stream to <paramref name="seller"/>, bids, and pays a tick at a time until delivery
    /// closes the stream or it drains; a drained stream is reported to the auditor.</summary>
    private async Task BuyAsync(Agent buyer, AgentCard seller)
    {
        string reference = buyer.Name + "/bid";
        var stream = new PaymentStream(reference, buyer.Name, seller.Name, _options.StreamRate, _options.StreamMax);
        buyer.Streams.Add(reference, stream);
        Record(CommerceEvents.StreamOpened, buyer.Name, seller.Name, reference, $"{_options.StreamRate}/{_options.StreamMax}");
        SendBid(buyer, seller, stream);
        while (stream.Tick())
        {
            await _runtime.Delay(_options.Tick);
        }
        if (stream.Drained)
        {
            Record(CommerceEvents.StreamDrained, buyer.Name, seller.Name, reference, stream.Paid.ToString(CultureInfo.InvariantCulture));
            byte[] report = NonDeliveryBody(reference, buyer.Name, seller.Name);
            SendReliably(buyer.Node, _agents[Auditor].Node, new NonDeliveryReport(reference, buyer.Name, seller.Name, buyer.Keys.Sign(report)));
        }
    }

    /// <summary>The freeloader bids and opens no stream.</summary>
    private Task FreeloadAsync(Agent freeloader, AgentCard seller)
    {
        SendBid(freeloader, seller, stream: null);
        return Task.CompletedTask;
    }

    private async Task SettleAsync(Agent seller)
    {
        await _runtime.Delay(_options.Tick);
        string next = $"seller-{(seller.Index + 1) % Sellers}";
        Receipt half = Receipt.Unsigned(seller.Name + "/settle", seller.Name, next, 5).SignedBy(seller.Keys);
        SendReliably(seller.Node, _agents[next].Node, new Countersign(half));
    }
}
