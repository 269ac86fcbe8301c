using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Tests.Engine;

public sealed class VirtualRuntimeTests
{
    private static VirtualRuntime NewRuntime(ulong seed = 1, long stepCountMax = long.MaxValue) =>
        new(new VirtualRuntimeOptions(seed) { StepCountMax = stepCountMax });

    [Test]
    public void A_delay_resumes_the_process_at_its_virtual_time()
    {
        var runtime = NewRuntime();
        var woke = new List<SimTime>();
        runtime.Spawn("sleeper", async () =>
        {
            await runtime.Delay(SimDuration.FromMilliseconds(30));
            woke.Add(runtime.Now);
            await runtime.Delay(SimDuration.FromSeconds(2));
            woke.Add(runtime.Now);
        });
        runtime.RunToCompletion();
        Assert.That(woke, Is.EqualTo(new[] { SimTime.FromSeconds(0.03), SimTime.FromSeconds(2.03) }));
    }

    [Test]
    public void Hundred_thousand_processes_woken_at_one_time_resume_in_the_order_they_waited()
    {
        var runtime = NewRuntime();
        var order = new List<int>();
        for (int i = 0; i < 100_000; i++)
        {
            int number = i;
            runtime.Spawn("p", async () =>
            {
                await runtime.Delay(SimDuration.FromSeconds(1));
                order.Add(number);
            });
        }
        runtime.RunToCompletion();
        Assert.That(order, Is.EqualTo(Enumerable.Range(0, 100_000)));
    }

    [Test]
    public void Yield_lets_every_other_ready_process_of_the_instant_run_first()
    {
        var runtime = NewRuntime();
        var log = new List<string>();
        runtime.Spawn("a", async () => { log.Add("a1"); await runtime.Yield(); log.Add("a2"); });
        runtime.Spawn("b", async () => { log.Add("b1"); await runtime.Yield(); log.Add("b2"); });
        runtime.RunToCompletion();
        Assert.That(log, Is.EqualTo(new[] { "a1", "b1", "a2", "b2" }));
        Assert.That(runtime.Now, Is.EqualTo(SimTime.Zero));
    }

    [Test]
    public void Awaiting_another_process_resumes_on_the_event_loop_in_virtual_time()
    {
        var runtime = NewRuntime();
        SimTime resumedAt = default;
        int resumedOnThread = -1;
        runtime.Spawn("parent", async () =>
        {
            Task child = runtime.Spawn("child", async () => await runtime.Delay(SimDuration.FromMilliseconds(5)));
            await child;
            resumedAt = runtime.Now;
            resumedOnThread = Environment.CurrentManagedThreadId;
        });
        runtime.RunToCompletion();
        Assert.That(resumedAt, Is.EqualTo(SimTime.FromSeconds(0.005)));
        Assert.That(resumedOnThread, Is.EqualTo(Environment.CurrentManagedThreadId));
    }

    [Test]
    public void A_failing_process_stops_the_run_naming_the_process_and_the_time()
    {
        var runtime = NewRuntime();
        runtime.Spawn("doomed", async () =>
        {
            await runtime.Delay(SimDuration.FromMilliseconds(7));
            throw new InvalidOperationException("boom");
        });
        var failure = Assert.Throws<SimulationFailure>(() => runtime.RunToCompletion());
        Assert.That(failure!.ProcessName, Is.EqualTo("doomed"));
        Assert.That(failure.Time, Is.EqualTo(SimTime.FromSeconds(0.007)));
        Assert.That(failure.InnerException, Is.TypeOf<InvalidOperationException>());
    }

    [Test]
    public void Processes_on_virtual_time_run_without_the_execution_contexts_flow_and_the_caller_gets_it_back()
    {
        var runtime = NewRuntime();
        var suppressed = new List<bool>();
        runtime.Spawn("parent", async () =>
        {
            suppressed.Add(ExecutionContext.IsFlowSuppressed());
            await runtime.Spawn("child", async () =>
            {
                await runtime.Delay(SimDuration.FromMilliseconds(1));
                suppressed.Add(ExecutionContext.IsFlowSuppressed());
            });
            suppressed.Add(ExecutionContext.IsFlowSuppressed());
        });
        runtime.RunToCompletion();
        Assert.That(suppressed, Is.EqualTo(new[] { true, true, true }), "every step of every process, spawned before or on the loop");
        Assert.That(ExecutionContext.IsFlowSuppressed(), Is.False, "the caller's flow is restored when the run returns");

        runtime.Spawn("doomed", () => throw new InvalidOperationException("boom"));
        Assert.Throws<SimulationFailure>(() => runtime.RunToCompletion());
        Assert.That(ExecutionContext.IsFlowSuppressed(), Is.False, "and when the run throws");
    }

    [Test]
    public void A_run_past_its_step_budget_stops_naming_the_steps_and_the_time()
    {
        var runtime = NewRuntime(stepCountMax: 100);
        runtime.Spawn("forever", async () =>
        {
            while (true)
            {
                await runtime.Delay(SimDuration.FromMilliseconds(1));
            }
        });
        var error = Assert.Throws<SimulationBudgetExceeded>(() => runtime.RunToCompletion());
        Assert.That(error!.StepCount, Is.EqualTo(100));
        Assert.That(error.Message, Does.Contain("100 events").And.Contain("virtual time"));
    }

    [Test]
    public void Run_until_stops_at_the_given_time_and_leaves_later_events_pending()
    {
        var runtime = NewRuntime();
        int ticks = 0;
        runtime.Spawn("ticker", async () =>
        {
            for (int i = 0; i < 10; i++)
            {
                await runtime.Delay(SimDuration.FromSeconds(1));
                ticks++;
            }
        });
        runtime.RunUntil(SimTime.FromSeconds(4.5));
        Assert.That(ticks, Is.EqualTo(4));
        Assert.That(runtime.Now, Is.EqualTo(SimTime.FromSeconds(4.5)));
        Assert.That(runtime.PendingCount, Is.EqualTo(1));
    }

    [Test]
    public void Simulated_code_that_escapes_to_a_real_thread_fails_the_run()
    {
        var runtime = NewRuntime();
        runtime.Spawn("escapee", async () =>
        {
            await Task.Run(() => Thread.Sleep(1));
        });
        Assert.Throws<SimulationFailure>(() =>
        {
            for (int i = 0; i < 200 && runtime.RunSteps(1) >= 0; i++)
            {
                Thread.Sleep(5);
            }
        });
    }
}
