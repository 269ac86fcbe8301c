using System.Globalization;
using Nexus.Engine.Faults;
using Nexus.Engine.Messaging;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Worlds.Commerce;

/// <summary>The composed private-commerce scenario on any runtime: 12 agents on an emulated network
/// (5 buyers, 4 honest sellers settling in a directed cycle, a shill seller, its wash partner, an
/// auditor), four layers (gossip registry, sealed bids, streaming payments, receipt trust), and the
/// partition around buyers 0 and 1 from the fault timeline. Buyer i bids to the i-th seller of its view
/// in name order once it holds all five selling cards, so the shill, last in that order, gets buyer 4
/// on every seed. Functional messages (bids, deliveries, receipts, reports) go reliably and are
/// deduplicated by reference at the receiver; gossip goes best effort. Every draw comes from a stream
/// named for its agent. <see cref="Start"/> spawns it all; once the runtime has run to completion,
/// <see cref="Events"/> is the trace and <see cref="Declared"/> the bids' plaintexts.</summary>
public sealed class CommerceWorld : IDisposable
{
    /// <summary>The buyers.</summary>
    public const int Buyers = 5;

    /// <summary>The honest sellers.</summary>
    public const int Sellers = 4;

    /// <summary>The shill seller, which never delivers.</summary>
    public const string Shill = "shill-seller-0";

    /// <summary>The shill's wash-trading partner.</summary>
    public const string WashPartner = "shill-0";

    /// <summary>The auditor.</summary>
    public const string Auditor = "auditor-0";

    /// <summary>The honest anchor of the trust graph: a seller of the settlement cycle.</summary>
    public const string Anchor = "seller-0";

    private readonly ISimRuntime _runtime;
    private readonly CommerceOptions _options;
    private readonly EmulatedNetwork _network;
    private readonly SortedDictionary<string, Agent> _agents = new(StringComparer.Ordinal);
    private readonly List<CommerceEvent> _events = [];
    private readonly SortedDictionary<string, string> _declared = new(StringComparer.Ordinal);
    private readonly List<Receipt> _receipts = [];
    private readonly List<NonDeliveryReport> _reports = [];

    private CommerceWorld(ISimRuntime runtime, CommerceOptions options)
    {
        _runtime = runtime;
        _options = options;
        _network = new EmulatedNetwork(runtime, new NetworkOptions(options.Links));
        foreach ((string name, CommerceRole role) in Roster())
        {
            var keys = CommerceKeys.Derive(options.Seed, name, role is CommerceRole.Seller or CommerceRole.Shill);
            var agent = new Agent(name, role, keys, _network.AddNode(name), runtime.Stream("commerce/" + name));
            _agents.Add(name, agent);
        }
        foreach (Agent agent in _agents.Values)
        {
            _network.Listen(agent.Node, message => Receive(agent, message.Payload!));
        }
    }

    /// <summary>The trace so far, in the order things happened.</summary>
    public IReadOnlyList<CommerceEvent> Events => _events;

    /// <summary>Each bid's plaintext by its reference, as its buyer declared it: the ground truth bid
    /// opacity is checked against (a real deployment has no such list; the scenario keeps it beside the
    /// trace, never on the wire).</summary>
    public IReadOnlyDictionary<string, string> Declared => _declared;

    /// <summary>The 12 agents' names and roles, in the order they join the network.</summary>
    public static IReadOnlyList<(string Name, CommerceRole Role)> Roster() =>
    [
        .. Enumerable.Range(0, Buyers).Select(i => ($"buyer-{i}", CommerceRole.Buyer)),
        .. Enumerable.Range(0, Sellers).Select(i => ($"seller-{i}", CommerceRole.Seller)),
        (Shill, CommerceRole.Shill),
        (WashPartner, CommerceRole.WashPartner),
        (Auditor, CommerceRole.Auditor),
    ];

    /// <summary>Builds the world on <paramref name="runtime"/>, schedules the partition and spawns every agent.</summary>
    public static CommerceWorld Start(ISimRuntime runtime, CommerceOptions options)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(options);
        var world = new CommerceWorld(runtime, options);
        NodeId[] behind = [world._agents["buyer-0"].Node, world._agents["buyer-1"].Node];
        new FaultPlan().Partition(NodeSet.Of(behind), NodeSet.Of(world._agents.Values.Select(agent => agent.Node).Except(behind)), SimTime.Zero, options.HealAt)
            .Schedule(runtime, world._network);
        foreach (Agent agent in world._agents.Values)
        {
            runtime.Spawn("gossip/" + agent.Name, () => world.GossipAsync(agent));
            Func<Task> role = agent.Role switch
            {
                CommerceRole.Buyer => () => world.BuyAsync(agent, int.Parse(agent.Name["buyer-".Length..], CultureInfo.InvariantCulture)),
                CommerceRole.Seller => () => world.SettleAsync(agent),
                CommerceRole.WashPartner => () => world.WashTradeAsync(agent, Shill, world._options.WashReceipts),
                CommerceRole.Shill => () => world.WashTradeAsync(agent, WashPartner, 1),
                CommerceRole.Auditor => () => world.ScoreAsync(agent),
                _ => throw new InvalidOperationException($"no behaviour for role {agent.Role}"),
            };
            runtime.Spawn(agent.Name, role);
        }
        return world;
    }

    /// <summary>The trace's fingerprint: SHA-256 over every event, in order.</summary>
    public string Fingerprint()
    {
        using var trace = new SimTrace();
        foreach (CommerceEvent entry in _events)
        {
            trace.Begin(entry.AtNanoseconds, entry.Kind).Field("agent", entry.Agent).Field("peer", entry.Peer).Field("ref", entry.Ref).Field("data", entry.Data).End();
        }
        return trace.Fingerprint;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (Agent agent in _agents.Values)
        {
            agent.Keys.Dispose();
        }
    }

    private async Task GossipAsync(Agent agent)
    {
        NodeId[] peers = [.. _agents.Values.Where(other => other != agent).Select(other => other.Node)];
        while (_runtime.Now < _options.GossipUntil)
        {
            await _runtime.Delay(_options.Tick);
            NodeId peer = peers[agent.Random.Next(peers.Length)];
            _network.Send(agent.Node, peer, DeliveryMode.BestEffort, new Gossip([.. agent.View.Cards]));
        }
    }

    private async Task BuyAsync(Agent buyer, int index)
    {
        while (buyer.View.Sellers.Count < Sellers + 1)
        {
            if (_runtime.Now >= _options.PairingDeadline)
            {
                Record(CommerceEvents.PairingMissed, buyer.Name, "", "", buyer.View.Sellers.Count.ToString(CultureInfo.InvariantCulture));
                return;
            }
            await _runtime.Delay(_options.Tick);
        }
        AgentCard seller = buyer.View.Sellers[index];
        string reference = buyer.Name + "/bid";
        int price = 10 + buyer.Random.Next(90);
        string plaintext = string.Create(CultureInfo.InvariantCulture, $"BID {reference} to {seller.Name}: price {price}, secret {buyer.Random.NextUInt64():x16}");
        var stream = new PaymentStream(reference, buyer.Name, seller.Name, _options.StreamRate, _options.StreamMax);
        buyer.Streams.Add(reference, stream);
        _declared.Add(reference, plaintext);
        Record(CommerceEvents.StreamOpened, buyer.Name, seller.Name, reference, $"{_options.StreamRate}/{_options.StreamMax}");
        byte[] wire = BidSealing.Seal(_options.Privacy, plaintext, seller, buyer.Random);
        Record(CommerceEvents.BidSent, buyer.Name, seller.Name, reference, Convert.ToBase64String(wire));
        _network.Send(buyer.Node, _agents[seller.Name].Node, DeliveryMode.ReliableUnordered, new Bid(reference, buyer.Name, price, wire, stream));
        while (stream.Tick())
        {
            await _runtime.Delay(_options.Tick);
        }
        if (stream.Drained)
        {
            Record(CommerceEvents.StreamDrained, buyer.Name, seller.Name, reference, stream.Paid.ToString(CultureInfo.InvariantCulture));
            byte[] report = NonDeliveryBody(reference, buyer.Name, seller.Name);
            _network.Send(buyer.Node, _agents[Auditor].Node, DeliveryMode.ReliableUnordered, new NonDeliveryReport(reference, buyer.Name, seller.Name, buyer.Keys.Sign(report)));
        }
    }

    private async Task SettleAsync(Agent seller)
    {
        await _runtime.Delay(_options.Tick);
        int index = int.Parse(seller.Name["seller-".Length..], CultureInfo.InvariantCulture);
        string next = $"seller-{(index + 1) % Sellers}";
        Receipt half = Receipt.Unsigned(seller.Name + "/settle", seller.Name, next, 5).SignedBy(seller.Keys);
        _network.Send(seller.Node, _agents[next].Node, DeliveryMode.ReliableUnordered, new Countersign(half));
    }

    /// <summary>Fake purchases from <paramref name="seller"/>, signed as its buyer, for it to countersign and file.</summary>
    private async Task WashTradeAsync(Agent buyer, string seller, int count)
    {
        await _runtime.Delay(_options.Tick);
        for (int i = 0; i < count; i++)
        {
            Receipt half = Receipt.Unsigned(string.Create(CultureInfo.InvariantCulture, $"{buyer.Name}/wash-{i}"), buyer.Name, seller, 5).SignedBy(buyer.Keys);
            _network.Send(buyer.Node, _agents[seller].Node, DeliveryMode.ReliableUnordered, new Countersign(half));
        }
    }

    /// <summary>At scoring time the auditor checks every receipt and report it took against the cards in
    /// its own registry view (by then the gossip has converged), records those that verify, and scores.</summary>
    private async Task ScoreAsync(Agent auditor)
    {
        await _runtime.DelayUntil(_options.ScoreAt);
        var counted = new List<Receipt>();
        foreach (Receipt receipt in _receipts)
        {
            if (auditor.View.Find(receipt.Buyer) is AgentCard buyer && auditor.View.Find(receipt.Seller) is AgentCard seller && receipt.Verifies(buyer, seller))
            {
                counted.Add(receipt);
                Record(CommerceEvents.ReceiptFiled, auditor.Name, receipt.Seller, receipt.Id, receipt.Buyer);
            }
        }
        var against = new List<string>();
        foreach (NonDeliveryReport report in _reports)
        {
            if (auditor.View.Find(report.Buyer) is AgentCard reporter && CommerceKeys.Verify(reporter, NonDeliveryBody(report.Ref, report.Buyer, report.Seller), report.Signature))
            {
                against.Add(report.Seller);
                Record(CommerceEvents.NonDelivery, auditor.Name, report.Seller, report.Ref, report.Buyer);
            }
        }
        foreach ((string seller, double score) in TrustScores.Compute(_options.Trust, counted, against, Anchor))
        {
            Record(CommerceEvents.Score, auditor.Name, seller, "", score.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private void Receive(Agent agent, object payload)
    {
        switch (payload)
        {
            case Gossip gossip:
                foreach (AgentCard card in agent.View.Merge(gossip.Cards).Where(card => card.Sells && agent.Role == CommerceRole.Buyer))
                {
                    Record(CommerceEvents.Discovered, agent.Name, card.Name, "", "");
                }
                break;
            case Bid bid when agent.Seen.Add("bid/" + bid.Ref):
                Record(CommerceEvents.BidReceived, agent.Name, bid.Buyer, bid.Ref, Convert.ToBase64String(bid.Wire));
                if (agent.Role == CommerceRole.Seller && BidSealing.Open(_options.Privacy, bid.Wire, agent.Keys) is not null
                    && bid.Stream.Seller == agent.Name && !bid.Stream.Closed)
                {
                    Record(CommerceEvents.Fulfilled, agent.Name, bid.Buyer, bid.Ref, "");
                    Receipt half = Receipt.Unsigned(bid.Ref, bid.Buyer, agent.Name, bid.Price).SignedBy(agent.Keys);
                    _network.Send(agent.Node, _agents[bid.Buyer].Node, DeliveryMode.ReliableUnordered, new Delivery(bid.Ref, half));
                }
                break;
            case Delivery delivery when agent.Seen.Add("delivery/" + delivery.Ref) && agent.Streams.TryGetValue(delivery.Ref, out PaymentStream? stream):
                stream.Close();
                Record(CommerceEvents.StreamClosed, agent.Name, stream.Seller, delivery.Ref, stream.Paid.ToString(CultureInfo.InvariantCulture));
                _network.Send(agent.Node, _agents[Auditor].Node, DeliveryMode.ReliableUnordered, new FiledReceipt(delivery.Receipt.SignedBy(agent.Keys)));
                break;
            case Countersign request when agent.Seen.Add("countersign/" + request.Receipt.Id):
                _network.Send(agent.Node, _agents[Auditor].Node, DeliveryMode.ReliableUnordered, new FiledReceipt(request.Receipt.SignedBy(agent.Keys)));
                break;
            case FiledReceipt filed when agent.Role == CommerceRole.Auditor && agent.Seen.Add("receipt/" + filed.Receipt.Id):
                _receipts.Add(filed.Receipt);
                break;
            case NonDeliveryReport report when agent.Role == CommerceRole.Auditor && agent.Seen.Add("nondelivery/" + report.Ref):
                _reports.Add(report);
                break;
        }
    }

    private static byte[] NonDeliveryBody(string reference, string buyer, string seller) =>
        System.Text.Encoding.UTF8.GetBytes($"nondelivery|{reference}|{buyer}|{seller}");

    private void Record(string kind, string agent, string peer, string reference, string data) =>
        _events.Add(new CommerceEvent(_runtime.Now.Nanoseconds, kind, agent, peer, reference, data));

    private sealed class Agent(string name, CommerceRole role, CommerceKeys keys, NodeId node, SimRandom random)
    {
        public string Name { get; } = name;

        public CommerceRole Role { get; } = role;

        public CommerceKeys Keys { get; } = keys;

        public NodeId Node { get; } = node;

        public SimRandom Random { get; } = random;

        public GossipView View { get; } = new(keys.Card);

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, PaymentStream> Streams { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Gossip(AgentCard[] Cards);

    private sealed record Bid(string Ref, string Buyer, int Price, byte[] Wire, PaymentStream Stream);

    private sealed record Delivery(string Ref, Receipt Receipt);

    private sealed record Countersign(Receipt Receipt);

    private sealed record FiledReceipt(Receipt Receipt);

    private sealed record NonDeliveryReport(string Ref, string Buyer, string Seller, byte[] Signature);
}
