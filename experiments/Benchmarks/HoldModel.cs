using Nexus.Engine.Events;
using Nexus.Engine.Randomness;

namespace Nexus.Experiments.Benchmarks;

/// <summary>The classic hold model: pop the earliest event, push one at its time + Exp(1) seconds.
/// The same loop runs on the Nexus queue (integer nanoseconds, stable ties) and on .NET's
/// PriorityQueue keyed by a double time alone (which does not keep ties in order).</summary>
internal static class HoldModel
{
    private const double NanosecondsPerSecond = 1e9;

    /// <summary>A target that does nothing: the benchmark measures the queue, not the events.</summary>
    private sealed class InertTarget : EventTarget
    {
        public override void Fire()
        {
        }
    }

    private static readonly InertTarget Target = new();

    public static Measurement RunNexusQueue(int pending, long events, ulong seed)
    {
        var random = new SimRandom(seed);
        var queue = new EventQueue(pending + 1, EventQueue.CapacityLimit);
        for (int i = 0; i < pending; i++)
        {
            queue.Push((long)(random.NextExponential() * NanosecondsPerSecond), Target);
        }
        Hold(queue, random, WarmUp(pending));
        return Measurement.Of(events, () => Hold(queue, random, events));
    }

    public static Measurement RunPriorityQueue(int pending, long events, ulong seed)
    {
        var random = new SimRandom(seed);
        var queue = new PriorityQueue<EventTarget, double>(pending + 1);
        for (int i = 0; i < pending; i++)
        {
            queue.Enqueue(Target, random.NextExponential());
        }
        Hold(queue, random, WarmUp(pending));
        return Measurement.Of(events, () => Hold(queue, random, events));
    }

    /// <summary>Untimed events before a measurement: enough for the JIT's optimized code, and for every
    /// pending event to have been popped about four times, so that the queue's storage has grown to
    /// what the steady state needs (the event queue's buckets grow, then stay) and is not timed growing.</summary>
    public static long WarmUp(int pending) => Math.Max(200_000, 4L * pending);

    private static void Hold(EventQueue queue, SimRandom random, long events)
    {
        for (long i = 0; i < events; i++)
        {
            EventTarget target = queue.Pop(out long time);
            queue.Push(time + (long)(random.NextExponential() * NanosecondsPerSecond), target);
        }
    }

    private static void Hold(PriorityQueue<EventTarget, double> queue, SimRandom random, long events)
    {
        for (long i = 0; i < events; i++)
        {
            queue.TryDequeue(out EventTarget? target, out double time);
            queue.Enqueue(target!, time + random.NextExponential());
        }
    }
}
