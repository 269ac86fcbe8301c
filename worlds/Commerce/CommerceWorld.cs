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
/// on every seed. Progress is driven by messages, not by the clock (so it means the same under Coyote,
/// whose task runtime moves the clock whenever a process wakes): gossip is one push-pull exchange at a
/// time, the next sent when the last is answered; a buyer bids when its view grows enough; the auditor
/// scores once trading is over. Every message goes reliably and is deduplicated by reference at the
/// receiver where it must be. Every draw comes from a stream named for its agent. <see cref="Start"/>
/// spawns it all; once it is done (<see cref="WhenDoneAsync"/>, or the virtual runtime run to
/// completion), <see cref="Events"/> is the trace and <see cref="Declared"/> the bids' plaintexts.</summary>
public sealed partial class CommerceWorld : IDisposable
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

    /// <summary>The second wash partner of <see cref="CommerceAttack.WashRingOfThree"/>.</summary>
    public const string SecondPartner = "shill-1";

    /// <summary>The eavesdropper of <see cref="CommerceAttack.Eavesdropper"/>.</summary>
    public const string Eavesdropper = "eavesdropper-0";

    /// <summary>The freeloading buyer of <see cref="CommerceAttack.UnpaidBid"/>.</summary>
    public const string Freeloader = "freeloader-0";

    private readonly ISimRuntime _runtime;
    private readonly CommerceOptions _options;
    private readonly EmulatedNetwork _network;
    private readonly SortedDictionary<string, Agent> _agents = new(StringComparer.Ordinal);
    private readonly List<CommerceEvent> _events = [];
    private readonly SortedDictionary<string, string> _declared = new(StringComparer.Ordinal);
    private readonly List<Receipt> _receipts = [];
    private readonly List<NonDeliveryReport> _reports = [];
    private readonly IReceiptLedger _ledger;
    private readonly Dictionary<string, AgentCard> _cards;
    private readonly List<Task> _processes = [];
    private readonly TaskCompletionSource _tradingOver = new();
    private int _inFlight;
    private int _bidsToCome;
    private int _buying;
    private bool _disposed;

    private CommerceWorld(ISimRuntime runtime, CommerceOptions options)
    {
        _runtime = runtime;
        _options = options;
        _network = new EmulatedNetwork(runtime, new NetworkOptions(options.Links));
        _ledger = options.Ledger(runtime);
        foreach ((string name, CommerceRole role) in Roster(options.Attack))
        {
            var keys = CommerceKeys.Derive(options.Seed, name, sells: role is CommerceRole.Seller or CommerceRole.Shill);
            int index = _agents.Values.Count(other => other.Role == role);
            _agents.Add(name, new Agent(name, role, index, keys, _network.AddNode(name), runtime.Stream("commerce/" + name)));
        }
        foreach (Agent agent in _agents.Values)
        {
            _network.Listen(agent.Node, message => Receive(agent, message.Payload!));
            agent.Peers = [.. _agents.Values.Where(other => other != agent).Select(other => other.Node)];
        }
        _cards = _agents.Values.ToDictionary(agent => agent.Name, agent => agent.Keys.Card, StringComparer.Ordinal);
        _bidsToCome = _agents.Values.Count(agent => agent.Role is CommerceRole.Buyer or CommerceRole.Freeloader);
    }

    /// <summary>The trace so far, in the order things happened.</summary>
    public IReadOnlyList<CommerceEvent> Events => _events;

    /// <summary>Each bid's plaintext by its reference, as its buyer declared it: the ground truth bid
    /// opacity is checked against (a real deployment has no such list; the scenario keeps it beside the
    /// trace, never on the wire).</summary>
    public IReadOnlyDictionary<string, string> Declared => _declared;

    /// <summary>The agents' names and roles, in the order they join the network: the seed's 12, and the
    /// agent <paramref name="attack"/> adds, if any.</summary>
    public static IReadOnlyList<(string Name, CommerceRole Role)> Roster(CommerceAttack attack) =>
    [
        .. Enumerable.Range(0, Buyers).Select(i => ($"buyer-{i}", CommerceRole.Buyer)),
        .. Enumerable.Range(0, Sellers).Select(i => ($"seller-{i}", CommerceRole.Seller)),
        (Shill, CommerceRole.Shill),
        (WashPartner, CommerceRole.WashPartner),
        (Auditor, CommerceRole.Auditor),
        .. attack switch
        {
            CommerceAttack.WashRingOfThree => [(SecondPartner, CommerceRole.WashPartner)],
            CommerceAttack.Eavesdropper => [(Eavesdropper, CommerceRole.Eavesdropper)],
            CommerceAttack.UnpaidBid => [(Freeloader, CommerceRole.Freeloader)],
            CommerceAttack.None or CommerceAttack.ForgedReceipt or CommerceAttack.ForgedNonDelivery => Array.Empty<(string, CommerceRole)>(),
            _ => throw new ArgumentOutOfRangeException(nameof(attack), attack, "unknown attack"),
        },
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
            Func<Task> role = agent.Role switch
            {
                CommerceRole.Buyer or CommerceRole.Freeloader => () => world.GossipAsync(agent),
                CommerceRole.Seller => () => world.SettleAsync(agent),
                CommerceRole.WashPartner when agent.Name == WashPartner => () => world.WashTradeAsync(agent, Shill, world._options.WashReceipts),
                CommerceRole.WashPartner => () => world.WashTradeAsync(agent, WashPartner, 1),
                CommerceRole.Shill => () => world.ShillAsync(agent),
                CommerceRole.Auditor => () => world.AuditAsync(agent),
                CommerceRole.Eavesdropper => () => Task.CompletedTask,
                _ => throw new InvalidOperationException($"no behaviour for role {agent.Role}"),
            };
            world._processes.Add(runtime.Spawn(agent.Name, role));
        }
        return world;
    }

    /// <summary>Waits until every process of the world is done: the agents', the buyers' streams, the
    /// auditor's ingestions (the auditor, which scores once trading is over, is among them).</summary>
    public async Task WhenDoneAsync()
    {
        int done = 0;
        while (done < _processes.Count)
        {
            Task[] started = [.. _processes];
            done = started.Length;
            await Task.WhenAll(started);
        }
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
        _disposed = true;
        foreach (Agent agent in _agents.Values)
        {
            agent.Keys.Dispose();
        }
    }

    /// <summary>Handles a message delivered to <paramref name="agent"/>; once the world is disposed, a late delivery is dropped.</summary>
    private void Receive(Agent agent, object payload)
    {
        if (_disposed)
        {
            return;
        }
        if (payload is not (Gossip or FiledReceipt))
        {
            // A filed receipt stays in flight until its ingestion is done.
            _inFlight--;
        }
        Handle(agent, payload);
        CheckTradingOver();
    }

    private void Handle(Agent agent, object payload)
    {
        switch (payload)
        {
            case Gossip gossip:
                foreach (AgentCard card in agent.View.Merge(gossip.Cards).Where(card => card.Sells && agent.Role is CommerceRole.Buyer or CommerceRole.Freeloader))
                {
                    Record(CommerceEvents.Discovered, agent.Name, card.Name, "", "");
                }
                if (gossip.Answer)
                {
                    Answered(agent);
                }
                else
                {
                    _network.Send(agent.Node, _agents[gossip.From].Node, DeliveryMode.ReliableUnordered, new Gossip([.. agent.View.Cards], agent.Name, Answer: true));
                }
                break;
            case Bid bid when agent.Seen.Add("bid/" + bid.Ref):
                Record(CommerceEvents.BidReceived, agent.Name, bid.Buyer, bid.Ref, Convert.ToBase64String(bid.Wire));
                Tap(agent, bid);
                if (agent.Role == CommerceRole.Seller && BidSealing.Open(_options.Privacy, bid.Wire, agent.Keys) is not null
                    && (!_options.StreamCheck || bid.Stream is { Closed: false } paid && paid.Seller == agent.Name))
                {
                    Record(CommerceEvents.Fulfilled, agent.Name, bid.Buyer, bid.Ref, "");
                    Receipt half = Receipt.Unsigned(bid.Ref, bid.Buyer, agent.Name, bid.Price).SignedBy(agent.Keys);
                    SendReliably(agent.Node, _agents[bid.Buyer].Node, new Delivery(bid.Ref, half));
                }
                break;
            case Delivery delivery when agent.Seen.Add("delivery/" + delivery.Ref) && agent.Streams.TryGetValue(delivery.Ref, out PaymentStream? stream):
                stream.Close();
                Record(CommerceEvents.StreamClosed, agent.Name, stream.Seller, delivery.Ref, stream.Paid.ToString(CultureInfo.InvariantCulture));
                // Filed twice, at least once: the auditor acknowledges nothing, and its ledger takes each receipt once.
                Receipt signed = delivery.Receipt.SignedBy(agent.Keys);
                SendReliably(agent.Node, _agents[Auditor].Node, new FiledReceipt(signed, agent.Name));
                SendReliably(agent.Node, _agents[Auditor].Node, new FiledReceipt(signed, agent.Name));
                break;
            case Countersign request when agent.Seen.Add("countersign/" + request.Receipt.Id):
                SendReliably(agent.Node, _agents[Auditor].Node, new FiledReceipt(request.Receipt.SignedBy(agent.Keys), agent.Name));
                break;
            case FiledReceipt filed when agent.Role == CommerceRole.Auditor:
                _processes.Add(_runtime.Spawn("ingest/" + filed.Receipt.Id, () => IngestAsync(agent, filed)));
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

    private sealed class Agent(string name, CommerceRole role, int index, CommerceKeys keys, NodeId node, SimRandom random)
    {
        public string Name { get; } = name;

        public CommerceRole Role { get; } = role;

        /// <summary>Its place among the agents of its role, in roster order (buyer i, seller i).</summary>
        public int Index { get; } = index;

        /// <summary>Every other agent's node, in roster order: whom it may gossip with.</summary>
        public NodeId[] Peers { get; set; } = [];

        public CommerceKeys Keys { get; } = keys;

        public NodeId Node { get; } = node;

        public SimRandom Random { get; } = random;

        public GossipView View { get; } = new(keys.Card);

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, PaymentStream> Streams { get; } = new(StringComparer.Ordinal);

        public bool HasBid { get; set; }
    }

    /// <summary>A view pushed to a peer, or the peer's answer.</summary>
    private sealed record Gossip(AgentCard[] Cards, string From, bool Answer);

    /// <summary>A sealed bid, and the payment stream that pays for it as the payments ledger shows it to the seller (none: unpaid).</summary>
    private sealed record Bid(string Ref, string Buyer, int Price, byte[] Wire, PaymentStream? Stream);

    private sealed record Delivery(string Ref, Receipt Receipt);

    private sealed record Countersign(Receipt Receipt);

    private sealed record FiledReceipt(Receipt Receipt, string By);

    private sealed record NonDeliveryReport(string Ref, string Buyer, string Seller, byte[] Signature);
}
