using System.Runtime.CompilerServices;

namespace Nexus.Engine.Events;

/// <summary>The pending events of a run, ordered by (time, sequence number): ties run in the order
/// they were pushed, always. Timed events sit in a 4-ary min-heap; events for the current instant
/// go to a FIFO lane beside it. A heap entry is two longs: the time, and the sequence number packed
/// above the slot that holds the target. Entries hold no references, so moving them costs no GC
/// write barrier, and the lexicographic order of the two longs is exactly (time, sequence).</summary>
public sealed class EventQueue
{
    /// <summary>Bits of the order key that carry the target's slot.</summary>
    private const int SlotBits = 21;

    /// <summary>The most events that can be pending at once: the slot field's range.</summary>
    public const int CapacityLimit = 1 << SlotBits;

    private const long SlotMask = CapacityLimit - 1;

    /// <summary>The most events one queue can ever take: the sequence field's range.</summary>
    public const long SequenceLimit = 1L << (63 - SlotBits);

    private struct Entry
    {
        public long Time;
        public long OrderKey;
    }

    /// <summary>A target in its slot. Wrapped in a struct so that storing it is a plain reference
    /// write: an array of a class that has subclasses checks every store against its element type.</summary>
    private struct Slot
    {
        public EventTarget? Target;
    }

    private readonly int _capacityMax;
    private Entry[] _heap;
    private int _heapCount;
    private Entry[] _lane;
    private int _laneHead;
    private int _laneCount;
    private Slot[] _targets;
    private int[] _freeSlots;
    private int _freeSlotCount;
    private int _slotsIssued;
    private long _nextSequence;

    /// <summary>A queue that reserves room for <paramref name="initialCapacity"/> pending events
    /// and may grow to <paramref name="capacityMax"/>; one more is an error, never a silent resize past it.</summary>
    public EventQueue(int initialCapacity = 1024, int capacityMax = CapacityLimit)
    {
        if (capacityMax < 1 || capacityMax > CapacityLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityMax), capacityMax,
                $"capacityMax must lie in [1, {CapacityLimit}]");
        }
        if (initialCapacity < 1 || initialCapacity > capacityMax)
        {
            throw new ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity,
                $"initialCapacity must lie in [1, capacityMax = {capacityMax}]");
        }
        _capacityMax = capacityMax;
        _heap = new Entry[initialCapacity];
        _lane = new Entry[RoundUpToPowerOfTwo(Math.Min(initialCapacity, 1024))];
        _targets = new Slot[initialCapacity];
        _freeSlots = new int[initialCapacity];
    }

    /// <summary>Pending events, timed and immediate.</summary>
    public int Count => _heapCount + _laneCount;

    /// <summary>Schedules <paramref name="target"/> at <paramref name="time"/> (nanoseconds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(long time, EventTarget target)
    {
        Invariant.True(time >= 0, "event time must not be negative, got {0} ns", time);
        if (_heapCount == _heap.Length)
        {
            _heap = Grow(_heap);
        }
        long key = NextOrderKey(target);
        // A new entry has the largest sequence number, so it moves above a parent only when it is
        // strictly earlier: the tie-break never needs to be evaluated on the way up.
        Entry[] heap = _heap;
        int index = _heapCount++;
        while (index > 0)
        {
            int parent = (index - 1) >> 2;
            if (time >= heap[parent].Time)
            {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index].Time = time;
        heap[index].OrderKey = key;
    }

    /// <summary>Schedules <paramref name="target"/> in the FIFO lane at <paramref name="now"/>, the
    /// current instant. Every lane entry shares one time; the caller passes the loop's clock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushNow(long now, EventTarget target)
    {
        Invariant.True(_laneCount == 0 || _lane[_laneHead].Time == now,
            "the FIFO lane holds events of one instant only; pushed {0} ns onto {1} ns", now, _lane[_laneHead].Time);
        if (_laneCount == _lane.Length)
        {
            GrowLane();
        }
        int tail = (_laneHead + _laneCount) & (_lane.Length - 1);
        _lane[tail].Time = now;
        _lane[tail].OrderKey = NextOrderKey(target);
        _laneCount++;
    }

    /// <summary>The time of the next event, or false when none is pending.</summary>
    public bool TryPeekTime(out long time)
    {
        if (NextIsInLane())
        {
            time = _lane[_laneHead].Time;
            return true;
        }
        if (_heapCount > 0)
        {
            time = _heap[0].Time;
            return true;
        }
        time = 0;
        return false;
    }

    /// <summary>Removes the next event in (time, sequence) order; throws when none is pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EventTarget Pop(out long time)
    {
        long key;
        if (NextIsInLane())
        {
            ref Entry head = ref _lane[_laneHead];
            time = head.Time;
            key = head.OrderKey;
            _laneHead = (_laneHead + 1) & (_lane.Length - 1);
            _laneCount--;
        }
        else
        {
            Invariant.True(_heapCount > 0, "Pop on an empty event queue");
            time = _heap[0].Time;
            key = _heap[0].OrderKey;
            RemoveHeapRoot();
        }
        return ReleaseSlot((int)(key & SlotMask));
    }

    /// <summary>True when the next event in (time, sequence) order is the head of the FIFO lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NextIsInLane()
    {
        if (_laneCount == 0)
        {
            return false;
        }
        if (_heapCount == 0)
        {
            return true;
        }
        ref Entry lane = ref _lane[_laneHead];
        ref Entry root = ref _heap[0];
        return lane.Time < root.Time || (lane.Time == root.Time && lane.OrderKey < root.OrderKey);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RemoveHeapRoot()
    {
        Entry[] heap = _heap;
        int count = --_heapCount;
        if (count == 0)
        {
            return;
        }
        Entry last = heap[count];
        int index = 0;
        while (true)
        {
            int first = (index << 2) + 1;
            if (first >= count)
            {
                break;
            }
            int best = first;
            int end = Math.Min(first + 4, count);
            for (int child = first + 1; child < end; child++)
            {
                if (Earlier(ref heap[child], ref heap[best]))
                {
                    best = child;
                }
            }
            if (!Earlier(ref heap[best], ref last))
            {
                break;
            }
            heap[index] = heap[best];
            index = best;
        }
        heap[index] = last;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Earlier(ref Entry a, ref Entry b) =>
        a.Time < b.Time || (a.Time == b.Time && a.OrderKey < b.OrderKey);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long NextOrderKey(EventTarget target)
    {
        Invariant.True(_nextSequence < SequenceLimit, "event queue exhausted its {0} sequence numbers", SequenceLimit);
        int slot = AcquireSlot();
        _targets[slot].Target = target;
        return (_nextSequence++ << SlotBits) | (long)slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AcquireSlot()
    {
        if (_freeSlotCount > 0)
        {
            return _freeSlots[--_freeSlotCount];
        }
        if (_slotsIssued == _targets.Length)
        {
            GrowSlots();
        }
        return _slotsIssued++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private EventTarget ReleaseSlot(int slot)
    {
        ref Slot held = ref _targets[slot];
        EventTarget? target = held.Target;
        Invariant.True(target is not null, "event slot {0} was empty", slot);
        held.Target = null;
        _freeSlots[_freeSlotCount++] = slot;
        return target!;
    }

    private Entry[] Grow(Entry[] array)
    {
        int size = NextSize(array.Length);
        Array.Resize(ref array, size);
        return array;
    }

    private void GrowSlots()
    {
        int size = NextSize(_targets.Length);
        Array.Resize(ref _targets, size);
        Array.Resize(ref _freeSlots, size);
    }

    private void GrowLane()
    {
        int size = RoundUpToPowerOfTwo(NextSize(_lane.Length));
        var lane = new Entry[size];
        for (int i = 0; i < _laneCount; i++)
        {
            lane[i] = _lane[(_laneHead + i) & (_lane.Length - 1)];
        }
        _lane = lane;
        _laneHead = 0;
    }

    private int NextSize(int current)
    {
        if (Count >= _capacityMax || current >= _capacityMax)
        {
            throw new EventQueueFull(_capacityMax);
        }
        return (int)Math.Min((long)current * 2, _capacityMax);
    }

    private static int RoundUpToPowerOfTwo(int value) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)value);
}
