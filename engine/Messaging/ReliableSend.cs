using Nexus.Engine.Events;

namespace Nexus.Engine.Messaging;

/// <summary>A reliable message its sender still owes: retransmitted every interval until it is
/// acknowledged, abandoned, or out of transmissions. It is its own retransmission timer.</summary>
internal sealed class ReliableSend(EmulatedNetwork network, Message message, long sequence) : EventTarget
{
    public Message Message { get; } = message;

    public long Sequence { get; } = sequence;

    public int TransmitCount { get; set; }

    /// <summary>Acknowledged or abandoned: the timer does nothing more.</summary>
    public bool Settled { get; set; }

    public override void Fire() => network.RetransmitDue(this);
}
