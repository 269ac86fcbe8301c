using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Scenarios.Storage;
using Nexus.Worlds.Storage;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>The storage traffic of <c>nexus simulate storage</c> under Coyote, its faults from the fault
/// timeline: workers contend on one chain head behind cf-workers through an outage and a timeout storm,
/// and the same audit the virtual-time run ends with (<see cref="StorageTraffic.Audit"/>) must find
/// nothing; with per-key serialization switched off it finds the lost update, and the trace replays it.</summary>
public sealed class StorageTrafficUnderCoyoteTests
{
    private static readonly FaultPlan Plan = new FaultPlan()
        .Outage(StorageTraffic.StoresTarget, SimTime.FromSeconds(0.01), SimTime.FromSeconds(0.03))
        .TimeoutStorm(StorageTraffic.StoresTarget, SimTime.FromSeconds(0.04), SimTime.FromSeconds(0.06));

    [Test]
    public void Contending_workers_through_an_outage_and_a_timeout_storm_break_no_promise_the_audit_checks_over_300_iterations()
    {
        using var engine = CoyoteConfiguration.Run(300, () => TrafficUnderFaults(StoreDefences.All));

        CoyoteConfiguration.AssertNoBug(engine, 300);
    }

    [Test]
    public void Without_per_key_serialization_the_audit_finds_a_lost_update_and_the_trace_replays_it()
    {
        StoreDefences weakened = StoreDefences.All.Without("per-key-serialization");
        using var engine = CoyoteConfiguration.Run(1000, () => TrafficUnderFaults(weakened));

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1), "no lost update in 1000 iterations");
        string bug = engine.TestReport.BugReports.Single();
        Assert.That(bug, Does.Contain("lost update"));
        using var replay = CoyoteConfiguration.Replay(engine, () => TrafficUnderFaults(weakened));
        Assert.That(replay.TestReport.BugReports.Single(), Is.EqualTo(bug));
    }

    private static async Task TrafficUnderFaults(StoreDefences defences)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        var traffic = new StorageTraffic(runtime, Profiles.CloudflareWorkers, defences, (_, _, _, _) => { });
        Plan.Schedule(runtime, traffic.Targets);
        await traffic.RunWorkers(workers: 2, requests: 2);
        await runtime.StopAsync();
        IReadOnlyList<string> violations = traffic.Audit(Plan);
        CoyoteSpecification.Assert(violations.Count == 0, "{0}", string.Join("; ", violations));
    }
}
