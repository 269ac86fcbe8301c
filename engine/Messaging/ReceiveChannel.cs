namespace Nexus.Engine.Messaging;

/// <summary>The receiver's side of a reliable stream from one sender incarnation: which sequence
/// numbers it has taken (a watermark below which all are taken, and the ones above it), and, for an
/// ordered stream, the messages held back until the gap before them fills.</summary>
internal sealed class ReceiveChannel
{
    private readonly SortedSet<long> _takenAboveWatermark = [];
    private readonly SortedDictionary<long, Message> _heldBack = [];

    public int SourceIncarnation { get; private set; }

    /// <summary>Messages of an ordered stream waiting for the gap before them to fill.</summary>
    public int HeldBackCount => _heldBack.Count;

    /// <summary>Every sequence number below this one has been taken.</summary>
    public long Watermark { get; private set; }

    public void Reset(int sourceIncarnation)
    {
        SourceIncarnation = sourceIncarnation;
        Watermark = 0;
        _takenAboveWatermark.Clear();
        _heldBack.Clear();
    }

    /// <summary>Takes sequence number <paramref name="sequence"/> of an unordered stream; false for a duplicate.</summary>
    public bool TakeUnordered(long sequence)
    {
        if (sequence < Watermark || !_takenAboveWatermark.Add(sequence))
        {
            return false;
        }
        while (_takenAboveWatermark.Remove(Watermark))
        {
            Watermark++;
        }
        return true;
    }

    /// <summary>Takes a message of an ordered stream and hands every message now in order to
    /// <paramref name="deliver"/>; false for a duplicate.</summary>
    public bool TakeOrdered(long sequence, Message message, Action<Message> deliver)
    {
        if (sequence < Watermark || !_heldBack.TryAdd(sequence, message))
        {
            return false;
        }
        while (_heldBack.Remove(Watermark, out Message? next))
        {
            Watermark++;
            deliver(next);
        }
        return true;
    }
}
