using Nexus.Engine.Time;

namespace Nexus.Engine.Messaging;

/// <summary>Everything an emulated network is built from; checked once, in the network's constructor.</summary>
/// <param name="DefaultLink">How every direction behaves unless a link is configured.</param>
public sealed record NetworkOptions(LinkOptions DefaultLink)
{
    /// <summary>How long a reliable sender waits for an acknowledgement before sending again.</summary>
    public SimDuration RetransmitInterval { get; init; } = SimDuration.FromMilliseconds(200);

    /// <summary>Transmissions of one reliable message before the sender gives it up (traced as abandoned).</summary>
    public int TransmitCountMax { get; init; } = 10_000;
}
