namespace Nexus.Engine.Messaging;

/// <summary>The sender's side of a reliable stream between two node incarnations: the next sequence
/// number, and the messages not yet acknowledged, by sequence number.</summary>
internal sealed class SendChannel
{
    public int SourceIncarnation { get; private set; }

    public int DestinationIncarnation { get; private set; }

    public long NextSequence { get; set; }

    public SortedDictionary<long, ReliableSend> Unacknowledged { get; } = [];

    public bool Connects(int sourceIncarnation, int destinationIncarnation) =>
        SourceIncarnation == sourceIncarnation && DestinationIncarnation == destinationIncarnation;

    /// <summary>Starts a fresh stream between new incarnations; the caller abandons what was owed first.</summary>
    public void Reset(int sourceIncarnation, int destinationIncarnation)
    {
        Invariant.True(Unacknowledged.Count == 0, "a send channel was reset with {0} messages still owed", Unacknowledged.Count);
        SourceIncarnation = sourceIncarnation;
        DestinationIncarnation = destinationIncarnation;
        NextSequence = 0;
    }
}
