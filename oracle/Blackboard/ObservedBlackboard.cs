using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Detection;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Oracle.Blackboard;

/// <summary>A blackboard checked live against the oracle: after every committed step its stores are
/// read back (past any boundary) and the step is replayed through the <see cref="ConformanceMonitor"/>.
/// The first non-conforming step stops the run by throwing <see cref="NonConformance"/> from the step,
/// so a broken implementation cannot go on to hide it. Written only against <see cref="ISimRuntime"/>:
/// the same run executes on virtual time and under Coyote.</summary>
public sealed class ObservedBlackboard
{
    private ObservedBlackboard(Worlds.Blackboard.Orchestration.Blackboard blackboard, ConformanceMonitor monitor, List<BlackboardState> states)
    {
        Blackboard = blackboard;
        Monitor = monitor;
        States = states;
    }

    /// <summary>Thrown from the step that does not conform; the monitor holds the report.</summary>
    public sealed class NonConformance(ConformanceReport report) : Exception("the blackboard did not conform: " + report)
    {
        /// <summary>The failing step, its action and the difference.</summary>
        public ConformanceReport Report { get; } = report;
    }

    /// <summary>The orchestration under test.</summary>
    public Worlds.Blackboard.Orchestration.Blackboard Blackboard { get; }

    /// <summary>The live check.</summary>
    public ConformanceMonitor Monitor { get; }

    /// <summary>The stores read back after each step, in commit order.</summary>
    public IReadOnlyList<BlackboardState> States { get; }

    /// <summary>A blackboard over <paramref name="stores"/> (which must have an inspector) that is checked after every step.</summary>
    public static ObservedBlackboard Create(ISimRuntime runtime, StoreSet stores, BlackboardLimits limits, BlackboardDefences? defences = null)
    {
        ArgumentNullException.ThrowIfNull(stores);
        IStoreInspector inspector = stores.Inspector ?? throw new ArgumentException("the stores have no inspector to read them back", nameof(stores));
        var states = new List<BlackboardState>();
        var monitor = new ConformanceMonitor(limits);
        var blackboard = new Worlds.Blackboard.Orchestration.Blackboard(runtime, stores, limits, defences);
        blackboard.AfterEachStep = entry =>
        {
            states.Add(ReadBack(inspector));
            if (!monitor.Observe(entry, states[^1]))
            {
                throw new NonConformance(monitor.Failure!);
            }
        };
        return new ObservedBlackboard(blackboard, monitor, states);
    }

    /// <summary>A seeded workload against this blackboard: <paramref name="agents"/> concurrent clients
    /// (honest and hostile, from <see cref="BlackboardDriver"/>) doing <paramref name="actionsPerAgent"/>
    /// actions each, paced by <paramref name="meanThinkTime"/>, beside the OODA scheduler until
    /// <paramref name="oodaUntil"/>. Pacing draws from the runtime's "pacing" stream.</summary>
    public async Task RunWorkloadAsync(ISimRuntime runtime, ulong seed, int agents, int actionsPerAgent, SimDuration meanThinkTime, SimTime oodaUntil)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        using var driver = new BlackboardDriver(seed, agents, Blackboard.Limits);
        using var scheduler = AgentIdentity.Derive(seed, "scheduler");
        var ooda = new OodaScheduler(runtime, Blackboard, scheduler, OodaScheduler.StandardDetectors);
        Task clients = BlackboardWorkload.RunAsync(runtime, Blackboard, driver, agents, actionsPerAgent, meanThinkTime, runtime.Stream("pacing"));
        await Task.WhenAll(new[] { clients, runtime.Spawn("ooda", () => ooda.RunAsync(oodaUntil)) });
    }

    /// <summary>The stores read back; stores that no longer form a state (a looping chain, a missing
    /// record) read as a state whose head names the reason, so the comparison reports the step.</summary>
    private static BlackboardState ReadBack(IStoreInspector inspector)
    {
        try
        {
            return BlackboardStoreReader.Read(inspector);
        }
        catch (InvalidDataException unreadable)
        {
            return BlackboardState.Empty with { Head = "(unreadable: " + unreadable.Message + ")" };
        }
    }
}
