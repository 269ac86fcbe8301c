using Nexus.Engine;
using Nexus.Engine.Events;
using Nexus.Engine.Randomness;

namespace Nexus.Tests.Engine;

public sealed class EventQueueTests
{
    private sealed class Numbered(int number, List<int> log) : EventTarget
    {
        public override void Fire() => log.Add(number);
    }

    [Test]
    public void Hundred_thousand_events_at_one_time_pop_in_insertion_order()
    {
        var queue = new EventQueue();
        var log = new List<int>();
        for (int i = 0; i < 100_000; i++)
        {
            queue.Push(5_000, new Numbered(i, log));
        }
        while (queue.Count > 0)
        {
            queue.Pop(out long time).Fire();
            Assert.That(time, Is.EqualTo(5_000));
        }
        Assert.That(log, Is.EqualTo(Enumerable.Range(0, 100_000)));
    }

    [Test]
    public void Time_keyed_priority_queue_does_not_keep_ties_in_order_which_the_tie_test_would_catch()
    {
        // Negative control: the same check as above, on the baseline keyed by time alone, fails.
        var queue = new PriorityQueue<int, double>();
        for (int i = 0; i < 100_000; i++)
        {
            queue.Enqueue(i, 5.0);
        }
        var popped = new List<int>();
        while (queue.TryDequeue(out int item, out _))
        {
            popped.Add(item);
        }
        Assert.That(popped, Is.Not.EqualTo(Enumerable.Range(0, 100_000)));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Interleaved_pushes_and_pops_match_a_reference_ordered_by_time_then_insertion(ulong seed) =>
        MatchReference(seed, random => random.Next(4) * 10); // few distinct times, so ties are common

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Delays_of_every_magnitude_match_the_reference_too(ulong seed) =>
        // From a nanosecond to days: events land in buckets far apart and are dealt down many times;
        // a few step sizes, so that events of one time still meet after different deals.
        MatchReference(seed, random => random.Next(3) * (long)Math.Pow(10, random.Next(15)));

    [Test]
    public void A_hundred_thousand_pending_events_held_for_a_million_pops_match_the_reference()
    {
        // Enough events that the buckets' arrays pass the storage allowed to grow freely, so that full
        // buckets trade arrays with empty ones: every trade must carry its entries over intact.
        var random = new SimRandom(7);
        var queue = new EventQueue();
        var reference = new SortedSet<(long Time, int Number)>();
        var log = new List<int>();
        int next = 0;
        for (; next < 100_000; next++)
        {
            long time = (long)(random.NextExponential() * 1e9);
            queue.Push(time, new Numbered(next, log));
            reference.Add((time, next));
        }
        for (int round = 0; round < 1_000_000; round++)
        {
            (long Time, int Number) expected = reference.Min;
            reference.Remove(expected);
            queue.Pop(out long now).Fire();
            if ((now, log[^1]) != expected)
            {
                Assert.Fail($"pop {round}: ({now}, {log[^1]}), expected {expected}");
            }
            log.Clear();
            long time = now + (long)(random.NextExponential() * 1e9) * (random.Next(8) == 0 ? 0 : 1);
            queue.Push(time, new Numbered(next, log));
            reference.Add((time, next++));
        }
    }

    [Test]
    public void A_queue_holding_a_level_number_of_events_allocates_almost_nothing_once_warm()
    {
        var random = new SimRandom(11);
        var queue = new EventQueue(initialCapacity: 1_000);
        var target = new Numbered(0, []);
        for (int i = 0; i < 1_000; i++)
        {
            queue.Push((long)(random.NextExponential() * 1e9), target);
        }
        void Hold(int events)
        {
            for (int i = 0; i < events; i++)
            {
                EventTarget popped = queue.Pop(out long now);
                queue.Push(now + (long)(random.NextExponential() * 1e9), popped);
            }
        }
        Hold(2_000_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Hold(1_000_000);
        // Nothing per event: a bucket's array still grows, rarely, when the clock first crosses a high
        // bit and one bucket takes most events; under a byte per thousand events.
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(1_000));
    }

    [Test]
    public void An_event_pushed_after_a_peek_and_earlier_than_what_it_saw_pops_first()
    {
        var queue = new EventQueue();
        var log = new List<int>();
        queue.Push(100, new Numbered(1, log));
        queue.Pop(out _).Fire();
        queue.Push(1_100, new Numbered(2, log)); // 1,100 and 1,050 differ from 100 first in bit 10: one bucket
        queue.Push(1_101, new Numbered(3, log));
        Assert.That(queue.TryPeekTime(out long peeked) && peeked == 1_100);
        queue.Push(1_050, new Numbered(4, log));
        while (queue.Count > 0)
        {
            queue.Pop(out _).Fire();
        }
        Assert.That(log, Is.EqualTo(new[] { 1, 4, 2, 3 }));
    }

    [Test]
    public void An_event_before_the_last_popped_time_is_refused_with_both_times()
    {
        var queue = new EventQueue();
        queue.Push(1_000, new Numbered(0, []));
        queue.Pop(out _);
        var error = Assert.Throws<InvariantViolation>(() => queue.Push(999, new Numbered(1, [])));
        Assert.That(error!.Message, Does.Contain("999 ns").And.Contain("1000 ns"));
        Assert.That(queue.Count, Is.Zero);
    }

    private static void MatchReference(ulong seed, Func<SimRandom, long> delay)
    {
        var random = new SimRandom(seed);
        var queue = new EventQueue(initialCapacity: 4);
        var reference = new SortedSet<(long Time, int Number)>();
        var log = new List<int>();
        long now = 0;
        int next = 0;
        for (int round = 0; round < 20_000; round++)
        {
            if (reference.Count == 0 || random.Next(3) > 0)
            {
                if (reference.Count > 0 && random.Next(2) == 0)
                {
                    // A peek between pushes: what it found must not outlive the next push.
                    Assert.That(queue.TryPeekTime(out long early) && early == reference.Min.Time, $"round {round}: peeked {early}");
                }
                long time = now + delay(random);
                queue.Push(time, new Numbered(next, log));
                reference.Add((time, next++));
            }
            else
            {
                (long Time, int Number) expected = reference.Min;
                reference.Remove(expected);
                Assert.That(queue.TryPeekTime(out long peeked) && peeked == expected.Time, $"round {round}: peeked {peeked}");
                queue.Pop(out now).Fire();
                Assert.That((now, log[^1]), Is.EqualTo(expected), $"round {round}");
            }
        }
    }

    [Test]
    public void Events_pushed_at_the_current_instant_run_after_earlier_pushed_events_of_that_instant()
    {
        var queue = new EventQueue();
        var log = new List<int>();
        queue.Push(100, new Numbered(1, log));
        queue.Push(100, new Numbered(2, log));
        queue.Pop(out long now).Fire();
        queue.Push(now, new Numbered(3, log));
        queue.Push(100, new Numbered(4, log));
        queue.Push(now, new Numbered(5, log));
        while (queue.Count > 0)
        {
            queue.Pop(out _).Fire();
        }
        Assert.That(log, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public void A_queue_at_its_stated_capacity_refuses_one_more_event()
    {
        var queue = new EventQueue(initialCapacity: 2, capacityMax: 8);
        var log = new List<int>();
        for (int i = 0; i < 8; i++)
        {
            queue.Push(i, new Numbered(i, log));
        }
        var full = Assert.Throws<EventQueueFull>(() => queue.Push(9, new Numbered(9, log)));
        Assert.That(full!.Message, Does.Contain("8 events pending"));
    }

    [Test]
    public void Negative_event_time_is_rejected_with_the_value()
    {
        var queue = new EventQueue();
        var error = Assert.Throws<InvariantViolation>(() => queue.Push(-3, new Numbered(0, [])));
        Assert.That(error!.Message, Does.Contain("-3"));
    }
}
