using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nexus.Engine.Events;

/// <summary>The pending events of a run, ordered by (time, sequence number): ties run in the order
/// they were pushed, always. A radix heap: the event loop never schedules before the time it last
/// popped, so an event can be kept in the bucket named by the highest bit in which its time differs
/// from that time, and only the lowest bucket is ever searched. Events at exactly the last popped time
/// sit in bucket 0, a FIFO; when it runs dry the lowest other bucket's earliest time becomes the last
/// popped time and that bucket's events are dealt, in the order they sit, to lower buckets. Events of
/// one time always share a bucket and keep their push order through every deal, so the sequence never
/// needs comparing. An entry is two longs, the time and the sequence number packed above the slot
/// that holds the target: entries hold no references, so moving them costs no GC write barrier.
/// Each bucket's entries sit in one array; full buckets take larger arrays from empty ones once the
/// arrays hold more than a little (see <see cref="Larger"/>), so the storage stays near a few entries
/// per pending event and a level run soon allocates nothing.</summary>
public sealed class EventQueue
{
    /// <summary>Bits of the order key that carry the target's slot.</summary>
    private const int SlotBits = 21;

    /// <summary>The most events that can be pending at once: the slot field's range.</summary>
    public const int CapacityLimit = 1 << SlotBits;

    private const long SlotMask = CapacityLimit - 1;

    /// <summary>The most events one queue can ever take: the sequence field's range.</summary>
    public const long SequenceLimit = 1L << (63 - SlotBits);

    /// <summary>Bucket b &gt; 0 holds times whose highest bit differing from the last popped time is
    /// bit b - 1; times are never negative, so 63 bits and bucket 0 make 64.</summary>
    private const int BucketCount = 64;

    private const int BucketCapacityInitial = 4;

    /// <summary>Entries the buckets' arrays may hold before a full bucket trades rather than allocates (64 KiB).</summary>
    private const long StorageFree = 1 << 12;

    private struct Entry
    {
        public long Time;
        public long OrderKey;
    }

    /// <summary>A bucket's entries in the order they came. Only bucket 0 is taken from the front (from
    /// <see cref="_head"/>); the others are dealt whole.</summary>
    private struct Bucket
    {
        public Entry[] Entries;
        public int Count;
    }

    /// <summary>A target in its slot. Wrapped in a struct so that storing it is a plain reference
    /// write: an array of a class that has subclasses checks every store against its element type.</summary>
    private struct Slot
    {
        public EventTarget? Target;
    }

    private readonly int _capacityMax;
    private readonly Bucket[] _buckets = new Bucket[BucketCount];
    private ulong _occupied; // bit b set when bucket b holds an event
    private int _head; // bucket 0's next entry
    private long _last; // the last popped time: every pending event is at or after it
    private int _count;
    private long _storage = BucketCount * BucketCapacityInitial; // entries the buckets' arrays hold
    private int _peeked = -1; // where in the lowest bucket TryPeekTime found the earliest entry; -1 after a push or a deal
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
        for (int b = 0; b < BucketCount; b++)
        {
            _buckets[b].Entries = new Entry[BucketCapacityInitial];
        }
        _targets = new Slot[initialCapacity];
        _freeSlots = new int[initialCapacity];
    }

    /// <summary>Pending events.</summary>
    public int Count => _count;

    /// <summary>Schedules <paramref name="target"/> at <paramref name="time"/> (nanoseconds), which must
    /// not be before the last popped time; events at one time run in the order they were pushed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(long time, EventTarget target)
    {
        if (time < _last)
        {
            RefuseEarly(time); // the last popped time is never negative, so this refuses negative times too
        }
        if (_count == _capacityMax)
        {
            throw new EventQueueFull(_capacityMax);
        }
        _count++;
        _peeked = -1;
        Append(BucketOf(time, _last), time, NextOrderKey(target));
    }

    private void RefuseEarly(long time) => throw new InvariantViolation(time < 0
        ? $"event time must not be negative, got {time} ns"
        : $"event at {time} ns pushed after the queue popped {_last} ns: the loop never schedules in the past");

    /// <summary>The time of the next event, or false when none is pending.</summary>
    public bool TryPeekTime(out long time)
    {
        if (_count == 0)
        {
            time = 0;
            return false;
        }
        if (_head < _buckets[0].Count)
        {
            time = _last;
            return true;
        }
        // Remembered for the pop that usually follows (the loop peeks before each step of RunUntil).
        ref Bucket lowest = ref _buckets[BitOperations.TrailingZeroCount(_occupied)];
        _peeked = EarliestIndex(lowest.Entries.AsSpan(0, lowest.Count));
        time = lowest.Entries[_peeked].Time;
        return true;
    }

    /// <summary>Removes the next event in (time, sequence) order; throws when none is pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EventTarget Pop(out long time)
    {
        Invariant.True(_count > 0, "Pop on an empty event queue");
        _count--;
        ref Bucket now = ref _buckets[0];
        long key;
        if (_head < now.Count)
        {
            key = now.Entries[_head++].OrderKey;
            if (_head == now.Count)
            {
                _head = 0;
                now.Count = 0;
                _occupied &= ~1UL;
            }
        }
        else
        {
            key = DealAndTakeFirst();
        }
        time = _last;
        return ReleaseSlot((int)(key & SlotMask));
    }

    /// <summary>Bucket 0 is empty: the lowest occupied bucket's earliest time becomes the last popped
    /// time, its first event at that time is taken, and the rest are dealt in order to the buckets that
    /// time names for them (all lower). Returns the order key taken.</summary>
    private long DealAndTakeFirst()
    {
        int source = BitOperations.TrailingZeroCount(_occupied);
        _occupied &= ~(1UL << source);
        ref Bucket dealt = ref _buckets[source];
        Entry[] entries = dealt.Entries;
        int count = dealt.Count;
        int first = _peeked >= 0 ? _peeked : EarliestIndex(entries.AsSpan(0, count));
        _peeked = -1;
        long earliest = entries[first].Time;
        _last = earliest;
        for (int i = 0; i < count; i++)
        {
            if (i != first)
            {
                ref Entry entry = ref entries[i];
                Append(BucketOf(entry.Time, earliest), entry.Time, entry.OrderKey);
            }
        }
        dealt.Count = 0; // only now: while it is dealt, its array is not free to trade (see Larger)
        return entries[first].OrderKey;
    }

    /// <summary>The index of the first entry with the earliest time: of one time, the first pushed.</summary>
    private static int EarliestIndex(ReadOnlySpan<Entry> entries)
    {
        int earliest = 0;
        for (int i = 1; i < entries.Length; i++)
        {
            earliest = entries[i].Time < entries[earliest].Time ? i : earliest;
        }
        return earliest;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BucketOf(long time, long last) =>
        time == last ? 0 : BucketCount - BitOperations.LeadingZeroCount((ulong)(time ^ last));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(int bucket, long time, long key)
    {
        ref Bucket target = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buckets), bucket); // bucket < 64
        if (target.Count == target.Entries.Length)
        {
            target.Entries = Larger(bucket);
        }
        ref Entry entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(target.Entries), target.Count++);
        entry.Time = time;
        entry.OrderKey = key;
        _occupied |= 1UL << bucket;
    }

    /// <summary>A larger array for a full bucket, holding its entries. While the buckets' arrays hold
    /// fewer than <see cref="StorageFree"/> entries or four per pending event, a new one twice the size;
    /// past that, the largest array of an empty bucket when that is larger, which takes the full one in
    /// trade, and a new one only when none is. The arrays then pass between buckets as the events do, so
    /// a queue whose pending count stays level soon stops allocating, where buckets growing each on its
    /// own would keep meeting new peaks; below it, no bucket trades back and forth.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Entry[] Larger(int bucket)
    {
        Entry[] full = _buckets[bucket].Entries;
        int donor = -1;
        if (_storage + full.Length > Math.Max(StorageFree, 4L * _count))
        {
            for (int b = 0; b < BucketCount; b++)
            {
                Bucket candidate = _buckets[b];
                if (candidate.Count == 0 && candidate.Entries.Length > full.Length
                    && (donor < 0 || candidate.Entries.Length > _buckets[donor].Entries.Length))
                {
                    donor = b;
                }
            }
        }
        Entry[] larger;
        if (donor < 0)
        {
            larger = new Entry[2 * full.Length];
            _storage += full.Length;
        }
        else
        {
            larger = _buckets[donor].Entries;
            _buckets[donor].Entries = full;
        }
        Array.Copy(full, larger, full.Length);
        return larger;
    }

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

    private void GrowSlots()
    {
        int size = (int)Math.Min((long)_targets.Length * 2, _capacityMax);
        Array.Resize(ref _targets, size);
        Array.Resize(ref _freeSlots, size);
    }
}
