using Nexus.Engine.Events;

namespace Nexus.Engine.Messaging;

/// <summary>One copy of a message, or of an acknowledgement, on a link. Pooled by the network: it is
/// filled when sent, fires on arrival, and goes back to the pool.</summary>
internal sealed class Transmission(EmulatedNetwork network) : EventTarget
{
    public TransmissionKind Kind;
    public Message Message = null!;
    public long Sequence;
    public NodeId Source;
    public NodeId Destination;
    public int SourceIncarnation;
    public int DestinationIncarnation;

    public override void Fire() => network.Arrive(this);
}
