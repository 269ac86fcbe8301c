using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>The task runtime's waits under Coyote: each is a scheduling point at which another process
/// may run, and none hands its continuation to a new controlled operation (the cost an iteration pays
/// most for).</summary>
public sealed class TaskRuntimeUnderCoyoteTests
{
    private const int Waits = 200;

    [Test]
    public void A_process_that_waits_200_times_stays_one_controlled_operation()
    {
        using var engine = CoyoteConfiguration.Run(10, async () =>
        {
            var runtime = new TaskRuntime(new CoyoteChoiceSource());
            await runtime.Spawn("waiter", async () =>
            {
                for (int i = 0; i < Waits; i++)
                {
                    await (i % 2 == 0 ? runtime.Delay(SimDuration.FromMilliseconds(1)) : runtime.Yield());
                }
                CoyoteSpecification.Assert(runtime.Now == SimTime.Zero + SimDuration.FromMilliseconds(Waits / 2), "the clock is at {0}", runtime.Now);
            });
        });

        CoyoteConfiguration.AssertNoBug(engine, 10);
        Assert.That(engine.TestReport.MaxControlledOperations, Is.LessThanOrEqualTo(2), "the test's own operation and the waiter's");
    }

    [TestCase("delay")]
    [TestCase("yield")]
    [TestCase("delay-until")]
    public void Another_process_can_run_at_a_wait_and_coyote_finds_it(string wait)
    {
        // Two processes each read a counter, wait, and write it back plus one: only a switch at the wait
        // loses an update, so a wait that were no scheduling point would leave nothing to find.
        using var engine = CoyoteConfiguration.Run(100, async () =>
        {
            var runtime = new TaskRuntime(new CoyoteChoiceSource());
            int counter = 0;
            async Task Increment()
            {
                int read = counter;
                await (wait switch
                {
                    "delay" => runtime.Delay(SimDuration.FromMilliseconds(1)),
                    "yield" => runtime.Yield(),
                    _ => runtime.DelayUntil(SimTime.FromSeconds(0.001)),
                });
                counter = read + 1;
            }
            Task[] both = [runtime.Spawn("a", Increment), runtime.Spawn("b", Increment)];
            await Task.WhenAll(both);
            CoyoteSpecification.Assert(counter == 2, "an update was lost: the counter is {0}", counter);
        });

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1));
        Assert.That(engine.TestReport.BugReports, Has.Some.Contain("an update was lost"));
    }

    [Test]
    public void Stopping_ends_the_dispatching_of_events_that_never_run_out_and_every_later_wait()
    {
        // A ticker that schedules itself again forever and a process that waits until it is told the
        // run is over: once the run is stopped, no tick fires, the waiter's next wait throws (rather than
        // letting it see it was told), and nothing more can be scheduled, so no operation of the run is
        // left for Coyote to cut off when the iteration ends.
        using var engine = CoyoteConfiguration.Run(50, async () =>
        {
            var runtime = new TaskRuntime(new CoyoteChoiceSource());
            var ticker = new Ticker(runtime);
            runtime.ScheduleAt(SimTime.Zero, ticker);
            bool over = false;
            int waits = 0;
            Task waiter = runtime.Spawn("waiter", async () =>
            {
                while (!over)
                {
                    await runtime.Delay(SimDuration.FromMilliseconds(1));
                    waits++;
                }
            });
            while (waits == 0)
            {
                await runtime.Yield();
            }

            await runtime.StopAsync();
            over = true;
            int ticks = ticker.Fired;
            string? waiterFailure = null;
            try
            {
                await waiter;
            }
            catch (InvalidOperationException stopped)
            {
                waiterFailure = stopped.Message;
            }

            CoyoteSpecification.Assert(waiterFailure is not null && waiterFailure.Contains("stopped", StringComparison.Ordinal), "the waiter went on waiting: {0}", waiterFailure);
            CoyoteSpecification.Assert(ticker.Fired == ticks, "{0} ticks fired after the stop", ticker.Fired - ticks);
            CoyoteSpecification.Assert(Throws(() => runtime.ScheduleAt(runtime.Now, ticker)), "an event was scheduled on a stopped runtime");
        });

        CoyoteConfiguration.AssertNoBug(engine, 50);
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Fires every millisecond, for ever.</summary>
    private sealed class Ticker(TaskRuntime runtime) : Nexus.Engine.Events.EventTarget
    {
        public int Fired { get; private set; }

        public override void Fire()
        {
            Fired++;
            runtime.ScheduleAt(runtime.Now + SimDuration.FromMilliseconds(1), this);
        }
    }
}
