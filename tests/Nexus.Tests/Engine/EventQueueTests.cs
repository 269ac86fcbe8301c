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
    public void Interleaved_pushes_and_pops_match_a_reference_ordered_by_time_then_insertion(ulong seed)
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
                long time = now + random.Next(4) * 10; // few distinct times, so ties are common
                bool lane = time == now && random.Next(2) == 0;
                var target = new Numbered(next, log);
                if (lane)
                {
                    queue.PushNow(now, target);
                }
                else
                {
                    queue.Push(time, target);
                }
                reference.Add((time, next++));
            }
            else
            {
                (long Time, int Number) expected = reference.Min;
                reference.Remove(expected);
                queue.Pop(out now).Fire();
                Assert.That((now, log[^1]), Is.EqualTo(expected), $"round {round}");
            }
        }
    }

    [Test]
    public void Lane_events_of_the_current_instant_run_after_earlier_heap_events_of_that_instant()
    {
        var queue = new EventQueue();
        var log = new List<int>();
        queue.Push(100, new Numbered(1, log));
        queue.Push(100, new Numbered(2, log));
        queue.Pop(out long now).Fire();
        queue.PushNow(now, new Numbered(3, log));
        queue.Push(100, new Numbered(4, log));
        queue.PushNow(now, new Numbered(5, log));
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
