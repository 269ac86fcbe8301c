using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Experiments.Configuration;
using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Detection;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Tests.Blackboard;

/// <summary>One implementation run: a seeded multi-agent workload and the OODA scheduler on a
/// blackboard at one depth, with the stores read back after every step.</summary>
internal sealed class BlackboardRun
{
    public const string Depth1 = "depth-1";
    public const string CloudflareWorkers = "depth-2-cf-workers";

    public static readonly BlackboardLimits Limits = new() { TickInterval = 1_000_000_000 };

    private BlackboardRun(Worlds.Blackboard.Orchestration.Blackboard blackboard, List<BlackboardState> states, ConformanceMonitor monitor)
    {
        Blackboard = blackboard;
        States = states;
        Monitor = monitor;
    }

    /// <summary>Thrown from the step hook to stop a run at its first non-conforming step.</summary>
    private sealed class StopAtFirstFailure() : Exception("stopped at the first non-conforming step");

    public ConformanceMonitor Monitor { get; }

    public Worlds.Blackboard.Orchestration.Blackboard Blackboard { get; }

    public IReadOnlyList<HistoryEntry> History => Blackboard.History;

    public List<BlackboardState> States { get; }

    /// <summary>The conformance of the run, as the monitor saw it live (the run stops at a failure).</summary>
    public ConformanceReport Conformance() => Monitor.Report;

    public static VirtualRuntime NewRuntime(ulong seed) => new(new VirtualRuntimeOptions(seed) { StepCountMax = 50_000_000 });

    public static StoreSet Stores(VirtualRuntime runtime, string depth) => depth == Depth1
        ? StoreSet.InProcess()
        : StoreSet.Remote(runtime, TargetProfileLoader.Load(RepositoryPaths.Profile("cf-workers")));

    /// <summary>A blackboard whose stores are read back after every step.</summary>
    public static BlackboardRun Observe(VirtualRuntime runtime, StoreSet stores, OrchestrationVariant variant = OrchestrationVariant.Correct)
    {
        var states = new List<BlackboardState>();
        var monitor = new ConformanceMonitor(Limits);
        var blackboard = new Worlds.Blackboard.Orchestration.Blackboard(runtime, stores, Limits, variant);
        blackboard.AfterEachStep = entry =>
        {
            states.Add(ReadBack(stores));
            if (!monitor.Observe(entry, states[^1]))
            {
                throw new StopAtFirstFailure();
            }
        };
        return new BlackboardRun(blackboard, states, monitor);
    }

    /// <summary>The stores read back; stores that no longer form a state (a looping chain, a missing
    /// record) read as a state whose head names the reason, so the comparison reports the step.</summary>
    private static BlackboardState ReadBack(StoreSet stores)
    {
        try
        {
            return BlackboardStoreReader.Read(stores.Inspector!);
        }
        catch (InvalidDataException unreadable)
        {
            return BlackboardState.Empty with { Head = "(unreadable: " + unreadable.Message + ")" };
        }
    }

    public static BlackboardRun Workload(ulong seed, string depth, OrchestrationVariant variant = OrchestrationVariant.Correct)
    {
        VirtualRuntime runtime = NewRuntime(seed);
        BlackboardRun run = Observe(runtime, Stores(runtime, depth), variant);
        using var driver = new BlackboardDriver(seed, 4, Limits);
        using var scheduler = AgentIdentity.Derive(seed, "scheduler");
        var ooda = new OodaScheduler(runtime, run.Blackboard, scheduler, OodaScheduler.StandardDetectors);
        runtime.Spawn("run", async () =>
        {
            Task clients = BlackboardWorkload.RunAsync(runtime, run.Blackboard, driver, clients: 4, actionsPerClient: 40,
                SimDuration.FromMilliseconds(500), runtime.Random.Fork("pacing"));
            await Task.WhenAll(clients, runtime.Spawn("ooda", () => ooda.RunAsync(SimTime.FromSeconds(30))));
        });
        try
        {
            runtime.RunToCompletion();
        }
        catch (SimulationFailure failure) when (failure.InnerException is StopAtFirstFailure)
        {
            // The monitor holds the failing step.
        }
        return run;
    }
}
