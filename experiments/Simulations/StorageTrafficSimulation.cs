using Nexus.Engine.Faults;
using Nexus.Engine.Runtime;
using Nexus.Engine.Tracing;
using Nexus.Scenarios.Storage;

namespace Nexus.Experiments.Simulations;

/// <summary><see cref="StorageTraffic"/> on virtual time under store faults from the fault timeline: a
/// fixed plan (<see cref="StorageTraffic.FixedPlan"/>) or, in swarm mode, a mix drawn from the seed. One
/// trace line per request outcome; afterwards the traffic's audit.</summary>
public static class StorageTrafficSimulation
{
    /// <summary>Runs the simulation into <paramref name="trace"/>; the fingerprint is the trace's.</summary>
    public static StorageTrafficResult Run(StorageTrafficOptions options, SimTrace trace)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(trace);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(options.Seed) { Trace = trace, StepCountMax = options.StepCountMax });
        var traffic = new StorageTraffic(runtime, options.Profile, options.Defences, (owner, request, outcome, status) =>
            trace.Begin(runtime.Now.Nanoseconds, "storage.request").Field("worker", owner).Field("request", request)
                .Field("outcome", outcome).Field("status", status.ToString()).End());
        IReadOnlyList<string> faults;
        FaultPlan plan;
        if (options.Swarm)
        {
            FaultMix mix = FaultMix.Draw(options.Seed, new SwarmRanges(), traffic.Targets);
            mix.Apply(runtime, traffic.Targets);
            faults = mix.Describe(null);
            plan = mix.Plan;
        }
        else
        {
            plan = StorageTraffic.FixedPlan();
            plan.Schedule(runtime, traffic.Targets);
            faults = plan.Describe(null).Select(line => "fault: " + line).ToArray();
        }
        // The workers are the run's processes; a failure in one fails the run, so their joint task is not awaited.
        _ = traffic.RunWorkers(options.Workers, options.RequestsPerWorker);
        runtime.RunToCompletion();
        return new StorageTrafficResult(trace.Fingerprint, trace.EventCount, faults, traffic.Committed, traffic.LostArbitration, traffic.Failed,
            traffic.StaleReads, runtime.Now, runtime.StepCount, traffic.Audit(plan));
    }
}
