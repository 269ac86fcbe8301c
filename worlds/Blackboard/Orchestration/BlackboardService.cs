using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The orchestration under test: the FIH blackboard over one shared <see cref="StoreSet"/>,
/// unchanged at depth 1 and depth 2, served by a number of stateless workers that handle requests
/// concurrently (<see cref="BlackboardWorker"/>). Each worker decides from the committed state it reads
/// from the stores and commits at one atomic compare-and-swap on the object store, which takes the next
/// number of the commit log and moves the records' commit points (the chain head, an Intent's status,
/// a Hint's marker); records and payloads are written before it, so a failure leaves nothing
/// reachable. The commit log is the history's order. Requests go to the workers in turn, or through
/// one chosen worker (<see cref="Worker"/>); with one worker, operations run one at a time.</summary>
public sealed class BlackboardService : Surfaces.IBlackboardApi
{
    /// <summary>The object holding the chain head.</summary>
    public const string HeadKey = "head";

    private readonly Deployment _deployment;
    private readonly int _route;

    /// <summary>A blackboard over <paramref name="stores"/>, empty, governed by <paramref name="limits"/>,
    /// with <paramref name="defences"/> on (all of them when not given), served by <paramref name="workers"/> workers
    /// deciding by <paramref name="rules"/> (<see cref="BlackboardRules.Standard"/> when not given).</summary>
    public BlackboardService(ISimRuntime runtime, StoreSet stores, BlackboardLimits limits, BlackboardDefences? defences = null, int workers = 1, IBlackboardRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        _deployment = new Deployment(runtime, limits, defences ?? BlackboardDefences.All, rules ?? BlackboardRules.Standard, stores, workers);
        _route = -1;
    }

    private BlackboardService(Deployment deployment, int route)
    {
        _deployment = deployment;
        _route = route;
    }

    /// <summary>The limits the contract runs by.</summary>
    public BlackboardLimits Limits => _deployment.Limits;

    /// <summary>The defences in force.</summary>
    public BlackboardDefences Defences => _deployment.Defences;

    /// <summary>How many workers serve the blackboard.</summary>
    public int WorkerCount => _deployment.Workers.Length;

    /// <summary>Commit attempts, over all workers, that lost their swap to another writer and were decided again.</summary>
    public long SwapsLost => _deployment.Workers.Sum(worker => worker.SwapsLost);

    /// <summary>Commit swaps, over all workers, that timed out and were resolved by reading their log entry back.</summary>
    public long SwapsResolved => _deployment.Workers.Sum(worker => worker.SwapsResolved);

    /// <summary>The same blackboard, with every request through worker <paramref name="index"/>.</summary>
    public BlackboardService Worker(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, WorkerCount);
        return new BlackboardService(_deployment, index);
    }

    /// <summary>The freshest committed state any worker has read. Internal on purpose: the exchange
    /// contract is the only way for an agent to read Facts; only the orchestration's own parts (the
    /// scheduler's detectors, the workload runner) see this.</summary>
    internal BlackboardState View => _deployment.Workers.MaxBy(worker => worker.Seen)!.View;

    /// <summary>Every action, in the order they finished, with its outcome and commit number.</summary>
    public IReadOnlyList<HistoryEntry> History => _deployment.History;

    /// <summary>Called as each action starts, before anything is read.</summary>
    public Action<BlackboardAction>? BeforeEachStep
    {
        get => _deployment.BeforeEachStep;
        set => _deployment.BeforeEachStep = value;
    }

    /// <summary>Called after every action with the entry just recorded.</summary>
    public Action<HistoryEntry>? AfterEachStep
    {
        get => _deployment.AfterEachStep;
        set => _deployment.AfterEachStep = value;
    }

    /// <summary>The exchange contract: admit <paramref name="fact"/>, commit it, then search.</summary>
    public Task<ActionOutcome> ExchangeAsync(Fact fact, string query) =>
        RunAsync(at => new ExchangeAction(at, fact, query));

    /// <summary>Submits an Intent.</summary>
    public Task<ActionOutcome> SubmitIntentAsync(Intent intent) =>
        RunAsync(at => new SubmitIntentAction(at, intent));

    /// <summary>Claims an Intent for <paramref name="agent"/>.</summary>
    public Task<ActionOutcome> ClaimAsync(string agent, string intentId) =>
        RunAsync(at => new ClaimAction(at, agent, intentId));

    /// <summary>Refreshes the owner's heartbeat.</summary>
    public Task<ActionOutcome> HeartbeatAsync(string agent, string intentId) =>
        RunAsync(at => new HeartbeatAction(at, agent, intentId));

    /// <summary>The owner releases the Intent.</summary>
    public Task<ActionOutcome> ReleaseAsync(string agent, string intentId) =>
        RunAsync(at => new ReleaseAction(at, agent, intentId));

    /// <summary>The owner concludes the Intent with <paramref name="result"/>, signed by <paramref name="identity"/>.</summary>
    public Task<ActionOutcome> ConcludeAsync(AgentIdentity identity, string intentId, string result)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return RunAsync(at =>
        {
            var unsigned = new ConcludeAction(at, identity.Id, intentId, result, identity.PublicKey, []);
            return unsigned with { Signature = identity.Sign(unsigned.ConclusionFact().SignedBytes()) };
        });
    }

    /// <summary>Runs a conclusion exactly as given, signature included: how a hostile agent presents a forged one.</summary>
    public Task<ActionOutcome> ConcludeAsync(ConcludeAction conclusion) =>
        RunAsync(at => conclusion with { At = at });

    /// <summary>Adds a governance Hint.</summary>
    public Task<ActionOutcome> AddHintAsync(Hint hint) =>
        RunAsync(at => new AddHintAction(at, hint));

    /// <summary>The scheduler's housekeeping: stale claims released, old unclaimed Intents evicted, expired Hints dropped.</summary>
    public Task<ActionOutcome> TickAsync() => RunAsync(at => new TickAction(at));

    private async Task<ActionOutcome> RunAsync(Func<long, BlackboardAction> describe)
    {
        Deployment deployment = _deployment;
        BlackboardWorker worker = deployment.Workers[_route >= 0 ? _route : deployment.NextRoute()];
        await worker.Gate.WaitAsync();
        try
        {
            BlackboardAction action = describe(deployment.Runtime.Now.Nanoseconds);
            deployment.BeforeEachStep?.Invoke(action);
            (ActionOutcome outcome, long commit) = await worker.ExecuteAsync(action);
            var entry = new HistoryEntry(deployment.History.Count, action, outcome, commit);
            deployment.History.Add(entry);
            deployment.AfterEachStep?.Invoke(entry);
            return outcome;
        }
        finally
        {
            worker.Gate.Release();
        }
    }

    /// <summary>What every view of one blackboard shares: its workers, its history and its observers.</summary>
    private sealed class Deployment(ISimRuntime runtime, BlackboardLimits limits, BlackboardDefences defences, IBlackboardRules rules, StoreSet stores, int workers)
    {
        private int _next;

        public ISimRuntime Runtime { get; } = runtime;

        public BlackboardLimits Limits { get; } = limits;

        public BlackboardDefences Defences { get; } = defences;

        public BlackboardWorker[] Workers { get; } = MakeWorkers(runtime, stores, limits, defences, rules, workers);

        public List<HistoryEntry> History { get; } = [];

        public Action<BlackboardAction>? BeforeEachStep { get; set; }

        public Action<HistoryEntry>? AfterEachStep { get; set; }

        /// <summary>The next worker in turn.</summary>
        public int NextRoute() => _next++ % Workers.Length;

        private static BlackboardWorker[] MakeWorkers(ISimRuntime runtime, StoreSet stores, BlackboardLimits limits, BlackboardDefences defences, IBlackboardRules rules, int count)
        {
            Engine.Randomness.SimRandom backoff = runtime.Stream("blackboard/backoff");
            var applied = new AppliedEntries();
            return [.. Enumerable.Range(0, count).Select(index => new BlackboardWorker(runtime, stores, limits, defences, rules, backoff,
                "worker-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), applied))];
        }
    }
}
