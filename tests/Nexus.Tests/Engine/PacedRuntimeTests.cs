using System.Diagnostics;
using Nexus.Engine.Events;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Tests.Engine;

/// <summary>The event loop paced by the real clock: the kernel's loop, so events due at one instant keep
/// their scheduling order; no event runs before its time comes in real time; work from other threads
/// joins the loop and runs on its thread.</summary>
[NonParallelizable] // on the real clock
public sealed class PacedRuntimeTests
{
    [Test]
    public void Events_due_at_one_instant_run_in_the_order_they_were_scheduled()
    {
        using var runtime = new PacedRuntime(1, timeScale: 1);
        var fired = new List<int>();
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        const int Count = 200;
        runtime.Run(() =>
        {
            // One instant for all of them: only the order they were scheduled in may order them (a runtime
            // of real timers would fire them in whatever order its timers came due).
            SimTime at = runtime.Now + SimDuration.FromMilliseconds(20);
            for (int i = 0; i < Count; i++)
            {
                runtime.ScheduleAt(at, new Recorder(i, fired, Count, all));
            }
            return ValueTask.FromResult(true);
        }).Wait();
        Assert.That(all.Task.Wait(TimeSpan.FromSeconds(30)), Is.True, "the events never ran");
        Assert.That(fired, Is.EqualTo(Enumerable.Range(0, Count)));
    }

    [Test]
    public void No_event_runs_before_its_time_comes_on_the_real_clock()
    {
        using var runtime = new PacedRuntime(1, timeScale: 1);
        var clock = Stopwatch.StartNew();
        TimeSpan waited = runtime.Run(async () =>
        {
            await runtime.Delay(SimDuration.FromMilliseconds(80));
            return clock.Elapsed;
        }).Result;
        Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(80)));
    }

    [Test]
    public void The_paced_loop_keeps_the_execution_contexts_flow_for_the_work_it_takes_from_outside()
    {
        using var runtime = new PacedRuntime(1, timeScale: 1);
        bool suppressed = runtime.Run(async () =>
        {
            await runtime.Delay(SimDuration.FromMilliseconds(1));
            return ExecutionContext.IsFlowSuppressed();
        }).Result;
        Assert.That(suppressed, Is.False);
    }

    [Test]
    public void A_continuation_from_another_thread_joins_the_loop_and_runs_on_its_thread()
    {
        using var runtime = new PacedRuntime(1, timeScale: 1);
        (int before, int after, SimTime now) = runtime.Run(async () =>
        {
            int loop = Environment.CurrentManagedThreadId;
            await Task.Run(() => Thread.Sleep(10)); // completes on a pool thread
            return (loop, Environment.CurrentManagedThreadId, runtime.Now);
        }).Result;
        Assert.That(after, Is.EqualTo(before));
        Assert.That(now.Nanoseconds, Is.GreaterThanOrEqualTo(SimDuration.FromMilliseconds(10).Nanoseconds), "the clock followed the real one");
    }

    [Test]
    public void The_same_seed_draws_the_same_numbers_as_on_virtual_time()
    {
        using var paced = new PacedRuntime(42, timeScale: 1);
        var virtualTime = new VirtualRuntime(new VirtualRuntimeOptions(42));
        Assert.That(paced.Stream("latency").NextUInt64(), Is.EqualTo(virtualTime.Stream("latency").NextUInt64()));
    }

    private sealed class Recorder(int id, List<int> fired, int count, TaskCompletionSource all) : EventTarget
    {
        public override void Fire()
        {
            fired.Add(id);
            if (fired.Count == count)
            {
                all.SetResult();
            }
        }
    }
}
