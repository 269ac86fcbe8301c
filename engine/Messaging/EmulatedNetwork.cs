using Nexus.Engine.Faults;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Messaging;

/// <summary>An emulated network on the virtual clock: nodes, directed links with latency, loss,
/// duplication and reordering, partitions that start and heal at virtual times, node crashes and
/// restarts, and four delivery modes. Every fault decision is one draw from the network's own
/// stream (forked from the runtime's as "network"), and every fault applied writes one trace event.
/// A partition cuts every transmission on its links while it holds: one sent during it, and one
/// in flight when it starts.
/// Nodes are added first; the topology freezes at the first link, send or fault.</summary>
public sealed class EmulatedNetwork : IFaultTarget
{
    private readonly ISimRuntime _runtime;
    private readonly NetworkOptions _options;
    private readonly SimRandom _random;
    private readonly SimTrace? _trace;
    private readonly List<NodeState> _nodes = [];
    private readonly Dictionary<string, NodeId> _nodesByName = new(StringComparer.Ordinal);
    private readonly Stack<Transmission> _transmissionPool = new();
    private readonly Action<Message> _deliver;
    private LinkState[] _links = [];
    private SendChannel[] _sendChannels = [];
    private ReceiveChannel[] _receiveChannels = [];
    private bool _frozen;
    private long _nextMessageId;

    /// <summary>A network with no nodes, on <paramref name="runtime"/>'s clock.</summary>
    public EmulatedNetwork(ISimRuntime runtime, NetworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.DefaultLink);
        if (options.RetransmitInterval.Nanoseconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RetransmitInterval,
                $"RetransmitInterval must be positive, got {options.RetransmitInterval}");
        }
        if (options.TransmitCountMax < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TransmitCountMax,
                $"TransmitCountMax must be at least 1, got {options.TransmitCountMax}");
        }
        _runtime = runtime;
        _options = options;
        _random = runtime.Stream("network");
        _trace = runtime.Trace;
        _deliver = Deliver;
    }

    /// <summary>What the network did so far.</summary>
    public NetworkStatistics Statistics { get; } = new();

    /// <summary>Messages of reliable-ordered streams received but held back until the gap before them
    /// fills. Zero once a run has drained: anything left is stuck.</summary>
    public int HeldBackCount => _receiveChannels.Sum(channel => channel.HeldBackCount);

    /// <summary>Every node, in the order added.</summary>
    public IReadOnlyList<NodeId> Nodes => Enumerable.Range(0, _nodes.Count).Select(index => new NodeId(index)).ToArray();

    /// <summary>Adds a node named <paramref name="name"/>; names are unique.</summary>
    public NodeId AddNode(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_frozen)
        {
            throw new InvalidOperationException($"cannot add node '{name}': nodes are added before the first link, send or fault");
        }
        if (_nodesByName.ContainsKey(name))
        {
            throw new ArgumentException($"a node named '{name}' already exists", nameof(name));
        }
        var id = new NodeId(_nodes.Count);
        _nodes.Add(new NodeState(name));
        _nodesByName.Add(name, id);
        return id;
    }

    /// <summary>The node named <paramref name="name"/>; an unknown name throws, naming it.</summary>
    public NodeId Node(string name) => _nodesByName.TryGetValue(name, out NodeId id)
        ? id
        : throw new ArgumentException($"unknown node '{name}' (known: {string.Join(", ", _nodesByName.Keys.Order(StringComparer.Ordinal))})", nameof(name));

    /// <summary>The name <paramref name="node"/> was added with.</summary>
    public string NameOf(NodeId node) => State(node).Name;

    /// <summary>True unless <paramref name="node"/> is crashed.</summary>
    public bool IsUp(NodeId node) => State(node).Up;

    /// <summary>True when a partition cuts the direction <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool IsCut(NodeId from, NodeId to) => Link(from, to).CutCount > 0;

    /// <summary>Sets how the direction <paramref name="from"/> to <paramref name="to"/> behaves.</summary>
    public void SetLink(NodeId from, NodeId to, LinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Link(from, to).Options = options;
    }

    /// <summary>Sets a link by node names; a name that is not a node throws, naming it.</summary>
    public void SetLink(string from, string to, LinkOptions options) => SetLink(Node(from), Node(to), options);

    /// <summary>Sets both directions between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void Connect(NodeId a, NodeId b, LinkOptions options)
    {
        SetLink(a, b, options);
        SetLink(b, a, options);
    }

    /// <summary>Hands every message delivered to <paramref name="node"/> to <paramref name="receiver"/>, on the event loop.</summary>
    public void Listen(NodeId node, Action<Message> receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        State(node).Receiver = receiver;
    }

    /// <summary>Sends a message; <paramref name="deliveryProbability"/> is required for, and only for,
    /// <see cref="DeliveryMode.Probabilistic"/>. Returns the message, with its id.</summary>
    public Message Send(NodeId from, NodeId to, DeliveryMode mode, object? payload = null, Probability? deliveryProbability = null)
    {
        NodeState source = State(from);
        State(to);
        if ((mode == DeliveryMode.Probabilistic) != deliveryProbability.HasValue)
        {
            throw new ArgumentException(mode == DeliveryMode.Probabilistic
                ? "a probabilistic send needs a delivery probability"
                : $"a delivery probability applies to probabilistic sends only, not {mode}", nameof(deliveryProbability));
        }
        Freeze();
        var message = new Message(_nextMessageId++, from, to, mode, payload);
        Statistics.MessagesSent++;
        _trace?.Begin(_runtime.Now.Nanoseconds, "net.send").Field("id", message.Id)
            .Field("from", source.Name).Field("to", NameOf(to)).Field("mode", ModeName(mode)).End();
        if (!source.Up)
        {
            Statistics.DroppedByCrash++;
            TraceDrop(message.Id, "sender-crashed");
            return message;
        }
        switch (mode)
        {
            case DeliveryMode.BestEffort:
                Transmit(TransmissionKind.Data, message, 0, from, to, State(to).Incarnation, linkFaults: true);
                break;
            case DeliveryMode.Probabilistic:
                if (_random.Chance(deliveryProbability!.Value))
                {
                    Transmit(TransmissionKind.Data, message, 0, from, to, State(to).Incarnation, linkFaults: false);
                }
                else
                {
                    Statistics.DroppedByProbability++;
                    TraceDrop(message.Id, "probability");
                }
                break;
            default:
                SendReliable(message);
                break;
        }
        return message;
    }

    /// <summary>Cuts both directions between every node of <paramref name="a"/> and every node of <paramref name="b"/>.</summary>
    public void Partition(NodeSet a, NodeSet b) => Cut("fault.partition", a, b, +1, bothWays: true);

    /// <summary>Undoes <see cref="Partition"/> for the same two sets.</summary>
    public void Heal(NodeSet a, NodeSet b) => Cut("fault.heal", a, b, -1, bothWays: true);

    /// <summary>Cuts the direction from every node of <paramref name="from"/> to every node of <paramref name="to"/> only.</summary>
    public void PartitionOneWay(NodeSet from, NodeSet to) => Cut("fault.partition-one-way", from, to, +1, bothWays: false);

    /// <summary>Undoes <see cref="PartitionOneWay"/> for the same two sets.</summary>
    public void HealOneWay(NodeSet from, NodeSet to) => Cut("fault.heal-one-way", from, to, -1, bothWays: false);

    /// <summary>Crashes <paramref name="node"/>: it receives and sends nothing until it restarts, and its reliable
    /// streams are reset, abandoning what they still owed. The node comes back as a new incarnation.</summary>
    public void Crash(NodeId node)
    {
        NodeState state = State(node);
        if (!state.Up)
        {
            throw new InvalidOperationException($"node '{state.Name}' is already crashed");
        }
        Freeze();
        state.Up = false;
        state.Incarnation++;
        _trace?.Begin(_runtime.Now.Nanoseconds, "fault.crash").Field("node", state.Name).End();
        for (int other = 0; other < _nodes.Count; other++)
        {
            ResetSendChannels(node.Index, other);
            ResetSendChannels(other, node.Index);
        }
    }

    /// <summary>Restarts a crashed <paramref name="node"/> with empty receive state.</summary>
    public void Restart(NodeId node)
    {
        NodeState state = State(node);
        if (state.Up)
        {
            throw new InvalidOperationException($"node '{state.Name}' is not crashed");
        }
        state.Up = true;
        _trace?.Begin(_runtime.Now.Nanoseconds, "fault.restart").Field("node", state.Name).End();
        for (int other = 0; other < _nodes.Count; other++)
        {
            ReceiveChannelOf(other, node.Index, DeliveryMode.ReliableOrdered).Reset(State(new NodeId(other)).Incarnation);
            ReceiveChannelOf(other, node.Index, DeliveryMode.ReliableUnordered).Reset(State(new NodeId(other)).Incarnation);
        }
    }

    /// <inheritdoc />
    public bool Supports(FaultKind kind) => kind is FaultKind.Partition or FaultKind.PartitionOneWay or FaultKind.Crash;

    /// <inheritdoc />
    public void Begin(FaultWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        switch (window.Kind)
        {
            case FaultKind.Partition: Partition(window.A, window.B); break;
            case FaultKind.PartitionOneWay: PartitionOneWay(window.A, window.B); break;
            case FaultKind.Crash: Crash(window.A.Members[0]); break;
            default: throw new ArgumentException($"the network cannot suffer a {FaultWindow.Name(window.Kind)}", nameof(window));
        }
    }

    /// <inheritdoc />
    public void End(FaultWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        switch (window.Kind)
        {
            case FaultKind.Partition: Heal(window.A, window.B); break;
            case FaultKind.PartitionOneWay: HealOneWay(window.A, window.B); break;
            case FaultKind.Crash: Restart(window.A.Members[0]); break;
            default: throw new ArgumentException($"the network cannot suffer a {FaultWindow.Name(window.Kind)}", nameof(window));
        }
    }

    internal void Arrive(Transmission transmission)
    {
        NodeState destination = _nodes[transmission.Destination.Index];
        TransmissionKind kind = transmission.Kind;
        Message message = transmission.Message;
        long sequence = transmission.Sequence;
        NodeId source = transmission.Source;
        int sourceIncarnation = transmission.SourceIncarnation;
        int destinationIncarnation = transmission.DestinationIncarnation;
        transmission.Message = null!;
        _transmissionPool.Push(transmission);

        if (!destination.Up || destination.Incarnation != destinationIncarnation)
        {
            Statistics.DroppedByCrash++;
            TraceDrop(message.Id, "receiver-crashed");
            return;
        }
        if (IsCut(source, transmission.Destination))
        {
            Statistics.DroppedByPartition++;
            TraceDrop(message.Id, "partition");
            return;
        }
        if (kind == TransmissionKind.Acknowledgement)
        {
            // An acknowledgement travels back: its destination is the data's sender.
            Acknowledge(message, sequence, senderIncarnation: destinationIncarnation, receiverIncarnation: sourceIncarnation);
            return;
        }
        if (message.Mode is DeliveryMode.BestEffort or DeliveryMode.Probabilistic)
        {
            Deliver(message);
            return;
        }
        ReceiveReliable(message, sequence, sourceIncarnation);
    }

    internal void RetransmitDue(ReliableSend pending)
    {
        if (pending.Settled)
        {
            return;
        }
        if (pending.TransmitCount >= _options.TransmitCountMax)
        {
            SendChannel channel = SendChannelOf(pending.Message.From.Index, pending.Message.To.Index, pending.Message.Mode);
            channel.Unacknowledged.Remove(pending.Sequence);
            Abandon(pending, "transmit-budget");
            return;
        }
        Statistics.Retransmissions++;
        _trace?.Begin(_runtime.Now.Nanoseconds, "net.retransmit").Field("id", pending.Message.Id)
            .Field("attempt", pending.TransmitCount + 1).End();
        TransmitReliable(pending);
    }

    private void SendReliable(Message message)
    {
        int from = message.From.Index;
        int to = message.To.Index;
        SendChannel channel = SendChannelOf(from, to, message.Mode);
        int sourceIncarnation = _nodes[from].Incarnation;
        int destinationIncarnation = _nodes[to].Incarnation;
        if (!channel.Connects(sourceIncarnation, destinationIncarnation))
        {
            channel.Reset(sourceIncarnation, destinationIncarnation);
        }
        var pending = new ReliableSend(this, message, channel.NextSequence++);
        channel.Unacknowledged.Add(pending.Sequence, pending);
        TransmitReliable(pending);
    }

    private void TransmitReliable(ReliableSend pending)
    {
        pending.TransmitCount++;
        Message message = pending.Message;
        SendChannel channel = SendChannelOf(message.From.Index, message.To.Index, message.Mode);
        Transmit(TransmissionKind.Data, message, pending.Sequence, message.From, message.To, channel.DestinationIncarnation, linkFaults: true);
        _runtime.ScheduleAt(_runtime.Now + _options.RetransmitInterval, pending);
    }

    private void ReceiveReliable(Message message, long sequence, int sourceIncarnation)
    {
        ReceiveChannel channel = ReceiveChannelOf(message.From.Index, message.To.Index, message.Mode);
        if (sourceIncarnation < channel.SourceIncarnation)
        {
            Statistics.DroppedByCrash++;
            TraceDrop(message.Id, "stale-incarnation");
            return;
        }
        if (sourceIncarnation > channel.SourceIncarnation)
        {
            channel.Reset(sourceIncarnation);
        }
        // Acknowledge every copy, duplicates included: the first acknowledgement may have been lost.
        Transmit(TransmissionKind.Acknowledgement, message, sequence, message.To, message.From, sourceIncarnation, linkFaults: true);
        bool taken = message.Mode == DeliveryMode.ReliableOrdered
            ? channel.TakeOrdered(sequence, message, _deliver)
            : channel.TakeUnordered(sequence);
        if (!taken)
        {
            Statistics.DuplicatesDiscarded++;
            _trace?.Begin(_runtime.Now.Nanoseconds, "net.duplicate-discarded").Field("id", message.Id).End();
        }
        else if (message.Mode == DeliveryMode.ReliableUnordered)
        {
            Deliver(message);
        }
    }

    private void Acknowledge(Message message, long sequence, int senderIncarnation, int receiverIncarnation)
    {
        SendChannel channel = SendChannelOf(message.From.Index, message.To.Index, message.Mode);
        if (!channel.Connects(senderIncarnation, receiverIncarnation) || !channel.Unacknowledged.Remove(sequence, out ReliableSend? pending))
        {
            return;
        }
        pending.Settled = true;
        _trace?.Begin(_runtime.Now.Nanoseconds, "net.ack").Field("id", message.Id).End();
    }

    private void Deliver(Message message)
    {
        Statistics.MessagesDelivered++;
        NodeState destination = _nodes[message.To.Index];
        _trace?.Begin(_runtime.Now.Nanoseconds, "net.deliver").Field("id", message.Id)
            .Field("from", _nodes[message.From.Index].Name).Field("to", destination.Name).End();
        destination.Receiver?.Invoke(message);
    }

    /// <summary>Puts one copy on the link <paramref name="from"/> to <paramref name="to"/>, addressed to
    /// incarnation <paramref name="destinationIncarnation"/>; with <paramref name="linkFaults"/>, the
    /// link's loss and duplication apply.</summary>
    private void Transmit(TransmissionKind kind, Message message, long sequence, NodeId from, NodeId to,
        int destinationIncarnation, bool linkFaults)
    {
        Statistics.Transmissions++;
        LinkState link = Link(from, to);
        if (link.CutCount > 0)
        {
            Statistics.DroppedByPartition++;
            TraceDrop(message.Id, "partition");
            return;
        }
        if (linkFaults && ShouldLose(link))
        {
            Statistics.DroppedByLoss++;
            TraceDrop(message.Id, "loss");
            return;
        }
        int sourceIncarnation = _nodes[from.Index].Incarnation;
        ScheduleArrival(link, kind, message, sequence, from, to, sourceIncarnation, destinationIncarnation);
        if (linkFaults && ShouldDuplicate(link))
        {
            Statistics.Duplicated++;
            _trace?.Begin(_runtime.Now.Nanoseconds, "net.duplicate").Field("id", message.Id).End();
            ScheduleArrival(link, kind, message, sequence, from, to, sourceIncarnation, destinationIncarnation);
        }
    }

    private void ScheduleArrival(LinkState link, TransmissionKind kind, Message message, long sequence, NodeId from, NodeId to,
        int sourceIncarnation, int destinationIncarnation)
    {
        long now = _runtime.Now.Nanoseconds;
        long arrival = checked(now + link.Options.Latency.Sample(_random).Nanoseconds);
        if (ShouldReorder(link))
        {
            arrival = checked(arrival + link.Options.Latency.Sample(_random).Nanoseconds);
        }
        else
        {
            arrival = Math.Max(arrival, link.LastArrivalNanoseconds);
            link.LastArrivalNanoseconds = arrival;
        }
        Transmission transmission = _transmissionPool.Count > 0 ? _transmissionPool.Pop() : new Transmission(this);
        transmission.Kind = kind;
        transmission.Message = message;
        transmission.Sequence = sequence;
        transmission.Source = from;
        transmission.Destination = to;
        transmission.SourceIncarnation = sourceIncarnation;
        transmission.DestinationIncarnation = destinationIncarnation;
        _runtime.ScheduleAt(new SimTime(arrival), transmission);
    }

    private bool ShouldLose(LinkState link) => _random.Chance(link.Options.LossProbability);

    private bool ShouldDuplicate(LinkState link) => _random.Chance(link.Options.DuplicationProbability);

    private bool ShouldReorder(LinkState link) => _random.Chance(link.Options.ReorderProbability);

    private void Cut(string kind, NodeSet a, NodeSet b, int change, bool bothWays)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        foreach (NodeId x in a.Members)
        {
            foreach (NodeId y in b.Members)
            {
                State(x);
                State(y);
            }
        }
        Freeze();
        foreach (NodeId x in a.Members)
        {
            foreach (NodeId y in b.Members)
            {
                if (x == y)
                {
                    continue;
                }
                ChangeCut(x, y, change, kind, a, b);
                if (bothWays)
                {
                    ChangeCut(y, x, change, kind, a, b);
                }
            }
        }
        _trace?.Begin(_runtime.Now.Nanoseconds, kind).Field("a", a.ToString()).Field("b", b.ToString()).End();
    }

    private void ChangeCut(NodeId from, NodeId to, int change, string kind, NodeSet a, NodeSet b)
    {
        LinkState link = Link(from, to);
        if (link.CutCount + change < 0)
        {
            throw new InvalidOperationException($"{kind} {a} / {b}: the direction {NameOf(from)} -> {NameOf(to)} is not partitioned");
        }
        link.CutCount += change;
    }

    private void ResetSendChannels(int from, int to)
    {
        foreach (DeliveryMode mode in (ReadOnlySpan<DeliveryMode>)[DeliveryMode.ReliableOrdered, DeliveryMode.ReliableUnordered])
        {
            SendChannel channel = SendChannelOf(from, to, mode);
            foreach (ReliableSend pending in channel.Unacknowledged.Values)
            {
                Abandon(pending, "crash");
            }
            channel.Unacknowledged.Clear();
            channel.Reset(_nodes[from].Incarnation, _nodes[to].Incarnation);
        }
    }

    private void Abandon(ReliableSend pending, string reason)
    {
        pending.Settled = true;
        Statistics.Abandoned++;
        _trace?.Begin(_runtime.Now.Nanoseconds, "net.abandon").Field("id", pending.Message.Id).Field("reason", reason).End();
    }

    private void TraceDrop(long messageId, string reason) =>
        _trace?.Begin(_runtime.Now.Nanoseconds, "net.drop").Field("id", messageId).Field("reason", reason).End();

    private NodeState State(NodeId node)
    {
        if ((uint)node.Index >= (uint)_nodes.Count)
        {
            throw new ArgumentException($"unknown node {node} (the network has {_nodes.Count} nodes)", nameof(node));
        }
        return _nodes[node.Index];
    }

    private LinkState Link(NodeId from, NodeId to)
    {
        State(from);
        State(to);
        Freeze();
        return _links[from.Index * _nodes.Count + to.Index];
    }

    private SendChannel SendChannelOf(int from, int to, DeliveryMode mode) =>
        _sendChannels[ChannelIndex(from, to, mode)];

    private ReceiveChannel ReceiveChannelOf(int from, int to, DeliveryMode mode) =>
        _receiveChannels[ChannelIndex(from, to, mode)];

    private int ChannelIndex(int from, int to, DeliveryMode mode)
    {
        Invariant.True(mode is DeliveryMode.ReliableOrdered or DeliveryMode.ReliableUnordered, "no channel for mode {0}", mode);
        return ((from * _nodes.Count) + to) * 2 + (mode == DeliveryMode.ReliableOrdered ? 0 : 1);
    }

    private void Freeze()
    {
        if (_frozen)
        {
            return;
        }
        _frozen = true;
        int count = _nodes.Count;
        _links = new LinkState[count * count];
        for (int i = 0; i < _links.Length; i++)
        {
            _links[i] = new LinkState(_options.DefaultLink);
        }
        _sendChannels = new SendChannel[count * count * 2];
        _receiveChannels = new ReceiveChannel[count * count * 2];
        for (int i = 0; i < _sendChannels.Length; i++)
        {
            _sendChannels[i] = new SendChannel();
            _receiveChannels[i] = new ReceiveChannel();
        }
    }

    private static string ModeName(DeliveryMode mode) => mode switch
    {
        DeliveryMode.ReliableOrdered => "reliable-ordered",
        DeliveryMode.ReliableUnordered => "reliable-unordered",
        DeliveryMode.BestEffort => "best-effort",
        DeliveryMode.Probabilistic => "probabilistic",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown delivery mode"),
    };
}
