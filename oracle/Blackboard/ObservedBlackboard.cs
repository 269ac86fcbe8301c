using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Detection;
using Nexus.Worlds.Blackboard.Driver;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Orchestration;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Oracle.Blackboard;

/// <summary>A blackboard checked live against the oracle: at the instant each commit applies, its
/// stores are read back (past any boundary) for the <see cref="ConformanceMonitor"/>, which replays the
/// committed actions in commit order and checks every action as it finishes. The first
/// non-conforming step stops the run by throwing <see cref="NonConformance"/> from the step, so a
/// broken implementation cannot go on to hide it. Written only against <see cref="ISimRuntime"/>: the
/// same run executes on virtual time and under Coyote.</summary>
public sealed class ObservedBlackboard
{
    private readonly IStoreInspector _inspector;
    private readonly BlackboardStoreReader _reader;

    private ObservedBlackboard(BlackboardService blackboard, ConformanceMonitor monitor, IStoreInspector inspector, BlackboardStoreReader reader)
    {
        Blackboard = blackboard;
        Monitor = monitor;
        _inspector = inspector;
        _reader = reader;
    }

    /// <summary>Thrown from the step that does not conform; the monitor holds the report.</summary>
    public sealed class NonConformance(ConformanceReport report) : Exception("the blackboard did not conform: " + report)
    {
        /// <summary>The failing step, its action and the difference.</summary>
        public ConformanceReport Report { get; } = report;
    }

    /// <summary>The orchestration under test.</summary>
    public BlackboardService Blackboard { get; }

    /// <summary>The live check.</summary>
    public ConformanceMonitor Monitor { get; }

    /// <summary>What the stores hold now, read back past any boundary.</summary>
    public BlackboardState StoresNow() => ReadBack(_reader, _inspector);

    /// <summary>A blackboard of <paramref name="workers"/> workers over <paramref name="stores"/> (which
    /// must have an inspector) that is checked at every commit and after every step; its workers decide
    /// by <paramref name="rules"/> (the blackboard's own when not given), and the oracle checks them.</summary>
    public static ObservedBlackboard Create(ISimRuntime runtime, StoreSet stores, BlackboardLimits limits, BlackboardDefences? defences = null, int workers = 1, IBlackboardRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(stores);
        IStoreInspector inspector = stores.Inspector ?? throw new ArgumentException("the stores have no inspector to read them back", nameof(stores));
        var monitor = new ConformanceMonitor(limits);
        var follower = new BlackboardStoreFollower(inspector);
        var blackboard = new BlackboardService(runtime, stores, limits, defences, workers, rules);
        inspector.ObjectSwapsApplied += swaps =>
        {
            follower.Applied(swaps);
            foreach (StateSwap swap in swaps)
            {
                if (CommitLog.TryNumber(swap.Key, out long number))
                {
                    (BlackboardState after, StateIds moved) = follower.Take();
                    monitor.Applied(number, after, moved);
                }
            }
        };
        blackboard.BeforeEachStep = monitor.Started;
        blackboard.AfterEachStep = entry =>
        {
            if (!monitor.Finished(entry))
            {
                throw new NonConformance(monitor.Failure!);
            }
        };
        return new ObservedBlackboard(blackboard, monitor, inspector, new BlackboardStoreReader());
    }

    /// <summary>A seeded workload against this blackboard: <paramref name="agents"/> concurrent clients
    /// (honest and hostile, from <see cref="BlackboardDriver"/>) doing <paramref name="actionsPerAgent"/>
    /// actions each, paced by <paramref name="meanThinkTime"/>, beside the OODA scheduler until
    /// <paramref name="oodaUntil"/>. Pacing draws from the runtime's "pacing" stream. Ends by requiring every
    /// commit made to have been reported by a finished action.</summary>
    public async Task RunWorkloadAsync(ISimRuntime runtime, ulong seed, int agents, int actionsPerAgent, SimDuration meanThinkTime, SimTime oodaUntil)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        using var driver = new BlackboardDriver(seed, agents, Blackboard.Limits);
        using var scheduler = AgentIdentity.Derive(seed, "scheduler");
        var ooda = new OodaScheduler(runtime, Blackboard, scheduler, OodaScheduler.StandardDetectors);
        Task clients = BlackboardWorkload.RunAsync(runtime, Blackboard, driver, agents, actionsPerAgent, meanThinkTime, runtime.Stream("pacing"));
        await Task.WhenAll(new[] { clients, runtime.Spawn("ooda", () => ooda.RunAsync(oodaUntil)) });
        if (Settle() is { Conforms: false } failure)
        {
            throw new NonConformance(failure);
        }
    }

    /// <summary>The run is over: the stores, read whole, are compared with the oracle's last state
    /// (<see cref="ConformanceMonitor.Settled"/>); the report after that.</summary>
    public ConformanceReport Settle()
    {
        Monitor.Settled(StoresNow());
        return Monitor.Report;
    }

    /// <summary>The stores read back; stores that no longer form a state (a looping chain, a missing
    /// record) read as a state whose head names the reason, so the comparison reports the step.</summary>
    private static BlackboardState ReadBack(BlackboardStoreReader reader, IStoreInspector inspector)
    {
        try
        {
            return reader.Read(inspector);
        }
        catch (InvalidDataException unreadable)
        {
            return BlackboardState.Empty with { Head = "(unreadable: " + unreadable.Message + ")" };
        }
    }
}
