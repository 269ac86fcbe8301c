namespace Nexus.Engine.Messaging;

/// <summary>One direction of a link: its options, the arrival time of its latest in-order
/// transmission (the FIFO constraint), and how many active partitions cut it.</summary>
internal sealed class LinkState(LinkOptions options)
{
    public LinkOptions Options { get; set; } = options;

    public long LastArrivalNanoseconds { get; set; }

    public int CutCount { get; set; }
}
