using Nexus.Engine.Runtime;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The orchestration under test: the FIH blackboard over a <see cref="StoreSet"/>, unchanged
/// at depth 1 and depth 2. Like a Durable Object it runs one operation at a time, so the order in
/// which operations finish is the order they commit, and that is its history. Every change has one
/// commit point, an atomic compare-and-swap on the object store (the chain head, an Intent's status,
/// a Hint's marker); records and payloads are written before it, so a failure leaves nothing
/// reachable. It keeps its own view of what it committed, and decides from that view.</summary>
public sealed class Blackboard
{
    /// <summary>The object holding the chain head.</summary>
    public const string HeadKey = "head";

    /// <summary>Attempts at one store operation before the action fails with <see cref="BlackboardError.StoreFailure"/>.</summary>
    public const int AttemptsMax = 8;

    private readonly ISimRuntime _runtime;
    private readonly StoreSet _stores;
    private readonly BlackboardDefences _defences;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<HistoryEntry> _history = [];

    /// <summary>A blackboard over <paramref name="stores"/>, empty, governed by <paramref name="limits"/>,
    /// with <paramref name="defences"/> on (all of them when not given).</summary>
    public Blackboard(ISimRuntime runtime, StoreSet stores, BlackboardLimits limits, BlackboardDefences? defences = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(limits);
        _runtime = runtime;
        _stores = stores;
        Limits = limits;
        _defences = defences ?? BlackboardDefences.All;
    }

    /// <summary>The limits the contract runs by.</summary>
    public BlackboardLimits Limits { get; }

    /// <summary>The defences in force.</summary>
    public BlackboardDefences Defences => _defences;

    /// <summary>What this orchestration believes it has committed. Internal on purpose: the exchange
    /// contract is the only way for an agent to read Facts; only the orchestration's own parts (the
    /// scheduler's detectors, the workload runner) see this.</summary>
    internal BlackboardState View { get; private set; } = BlackboardState.Empty;

    /// <summary>Every action, in commit order, with its outcome.</summary>
    public IReadOnlyList<HistoryEntry> History => _history;

    /// <summary>Called after every action with the entry just recorded (e.g. to read the stores back).</summary>
    public Action<HistoryEntry>? AfterEachStep { get; set; }

    /// <summary>The exchange contract: admit <paramref name="fact"/>, commit it, then search.</summary>
    public Task<ActionOutcome> ExchangeAsync(Fact fact, string query) =>
        RunAsync(at => new ExchangeAction(at, fact, query), action => ExchangeCoreAsync((ExchangeAction)action));

    /// <summary>Submits an Intent.</summary>
    public Task<ActionOutcome> SubmitIntentAsync(Intent intent) =>
        RunAsync(at => new SubmitIntentAction(at, intent), action => SubmitCoreAsync((SubmitIntentAction)action));

    /// <summary>Claims an Intent for <paramref name="agent"/>.</summary>
    public Task<ActionOutcome> ClaimAsync(string agent, string intentId) =>
        RunAsync(at => new ClaimAction(at, agent, intentId), action => ClaimCoreAsync((ClaimAction)action));

    /// <summary>Refreshes the owner's heartbeat.</summary>
    public Task<ActionOutcome> HeartbeatAsync(string agent, string intentId) =>
        RunAsync(at => new HeartbeatAction(at, agent, intentId), action => HeartbeatCoreAsync((HeartbeatAction)action));

    /// <summary>The owner releases the Intent.</summary>
    public Task<ActionOutcome> ReleaseAsync(string agent, string intentId) =>
        RunAsync(at => new ReleaseAction(at, agent, intentId), action => ReleaseCoreAsync((ReleaseAction)action));

    /// <summary>The owner concludes the Intent with <paramref name="result"/>, signed by <paramref name="identity"/>.</summary>
    public Task<ActionOutcome> ConcludeAsync(AgentIdentity identity, string intentId, string result)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return RunAsync(at =>
        {
            var unsigned = new ConcludeAction(at, identity.Id, intentId, result, identity.PublicKey, []);
            return unsigned with { Signature = identity.Sign(unsigned.ConclusionFact().SignedBytes()) };
        }, action => ConcludeCoreAsync((ConcludeAction)action));
    }

    /// <summary>Runs a conclusion exactly as given, signature included: how a hostile agent presents a forged one.</summary>
    public Task<ActionOutcome> ConcludeAsync(ConcludeAction conclusion) =>
        RunAsync(at => conclusion with { At = at }, action => ConcludeCoreAsync((ConcludeAction)action));

    /// <summary>Adds a governance Hint.</summary>
    public Task<ActionOutcome> AddHintAsync(Hint hint) =>
        RunAsync(at => new AddHintAction(at, hint), action => AddHintCoreAsync((AddHintAction)action));

    /// <summary>The scheduler's housekeeping: stale claims released, old unclaimed Intents evicted, expired Hints dropped.</summary>
    public Task<ActionOutcome> TickAsync() => RunAsync(at => new TickAction(at), action => TickCoreAsync((TickAction)action));

    private async Task<ActionOutcome> RunAsync(Func<long, BlackboardAction> describe, Func<BlackboardAction, Task<ActionOutcome>> execute)
    {
        await _gate.WaitAsync();
        try
        {
            BlackboardAction action = describe(_runtime.Now.Nanoseconds);
            ActionOutcome outcome = await execute(action);
            var entry = new HistoryEntry(_history.Count, action, outcome);
            _history.Add(entry);
            AfterEachStep?.Invoke(entry);
            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ActionOutcome> ExchangeCoreAsync(ExchangeAction action)
    {
        BlackboardError refusal = FactAdmission.Check(action.Fact, View, Limits, action.At, _defences);
        if (refusal != BlackboardError.None)
        {
            return ActionOutcome.Refused(refusal);
        }
        Fact linked = action.Fact with { Previous = View.Head };
        if (!await CommitFactAsync(linked, []))
        {
            return ActionOutcome.Refused(BlackboardError.StoreFailure);
        }
        View = View with { Head = linked.Id, Facts = View.Facts.SetItem(linked.Id, linked) };
        string[] found = View.ChainNewestFirst().Where(fact => fact.Content.MimeType == action.Query)
            .Take(_defences.ContractRatio ? Limits.ContractRatio : int.MaxValue).Select(fact => fact.Id).ToArray();
        return new ActionOutcome(BlackboardError.None, found);
    }

    private async Task<ActionOutcome> SubmitCoreAsync(SubmitIntentAction action)
    {
        Intent intent = action.Intent;
        if (_defences.Structure && (intent.Id != Intent.ComputeId(intent.FromFacts, intent.Description, intent.Creator, intent.CreatedAt)
            || intent.Phase != IntentPhase.Submitted || intent.Worker.Length > 0 || intent.ToFact.Length > 0))
        {
            return ActionOutcome.Refused(BlackboardError.Malformed);
        }
        if (_defences.ReplayGuard && View.Intents.ContainsKey(intent.Id))
        {
            return ActionOutcome.Refused(BlackboardError.Replay);
        }
        int open = View.Intents.Values.Count(other => other.Creator == intent.Creator && other.Phase != IntentPhase.Concluded);
        if (_defences.RateLimits && HintLimits.Active(View, HintRule.MaxOpenIntentsPerAgent, action.At) is int limit && open >= limit)
        {
            return ActionOutcome.Refused(BlackboardError.RateLimited);
        }
        if (!await WriteAsync(StoredIntent.RecordKey(intent.Id), StoredIntent.EncodeRecord(intent))
            || !await SwapAsync([new StateSwap(StoredIntent.StatusKey(intent.Id), "", StoredIntent.EncodeStatus(intent))]))
        {
            return ActionOutcome.Refused(BlackboardError.StoreFailure);
        }
        View = View with { Intents = View.Intents.SetItem(intent.Id, intent) };
        return ActionOutcome.Done;
    }

    private Task<ActionOutcome> ClaimCoreAsync(ClaimAction action)
    {
        Intent? intent = View.Intents.GetValueOrDefault(action.IntentId);
        if (intent is null || intent.Phase == IntentPhase.Concluded)
        {
            return Task.FromResult(ActionOutcome.Refused(BlackboardError.UnknownIntent));
        }
        if (intent.Phase == IntentPhase.Claimed)
        {
            return Task.FromResult(ActionOutcome.Refused(BlackboardError.Conflict));
        }
        return TransitionAsync(intent, intent with { Phase = IntentPhase.Claimed, Worker = action.Agent, LastHeartbeatAt = action.At });
    }

    private Task<ActionOutcome> HeartbeatCoreAsync(HeartbeatAction action) =>
        OwnedTransitionAsync(action.IntentId, action.Agent, intent => intent with { LastHeartbeatAt = action.At });

    private Task<ActionOutcome> ReleaseCoreAsync(ReleaseAction action)
    {
        return OwnedTransitionAsync(action.IntentId, action.Agent, intent => intent with { Phase = IntentPhase.Submitted, Worker = "", LastHeartbeatAt = 0 });
    }

    private async Task<ActionOutcome> ConcludeCoreAsync(ConcludeAction action)
    {
        Intent? intent = View.Intents.GetValueOrDefault(action.IntentId);
        if (intent is null || intent.Phase == IntentPhase.Concluded)
        {
            return ActionOutcome.Refused(BlackboardError.UnknownIntent);
        }
        if (intent.Phase != IntentPhase.Claimed || (_defences.OwnerCheck && intent.Worker != action.Agent))
        {
            return ActionOutcome.Refused(BlackboardError.NotOwner);
        }
        Fact conclusion = action.ConclusionFact();
        if (_defences.Identity && (AgentIdentity.IdOf(conclusion.PublicKey) != conclusion.Creator || conclusion.PublicKey.Length != 32))
        {
            return ActionOutcome.Refused(BlackboardError.IdentityMismatch);
        }
        if (_defences.Signature && !AgentIdentity.Verify(conclusion.PublicKey, conclusion.SignedBytes(), conclusion.Signature))
        {
            return ActionOutcome.Refused(BlackboardError.BadSignature);
        }
        Fact linked = conclusion with { Previous = View.Head };
        Intent concluded = intent with { Phase = IntentPhase.Concluded, LastHeartbeatAt = 0, ToFact = linked.Id, ConcludedAt = action.At };
        var statusSwap = new StateSwap(StoredIntent.StatusKey(intent.Id), StoredIntent.EncodeStatus(intent), StoredIntent.EncodeStatus(concluded));
        if (!await CommitFactAsync(linked, [statusSwap]))
        {
            return ActionOutcome.Refused(BlackboardError.StoreFailure);
        }
        View = View with
        {
            Head = linked.Id,
            Facts = View.Facts.SetItem(linked.Id, linked),
            Intents = View.Intents.SetItem(intent.Id, concluded),
        };
        return new ActionOutcome(BlackboardError.None, [linked.Id]);
    }

    private async Task<ActionOutcome> AddHintCoreAsync(AddHintAction action)
    {
        Hint hint = action.Hint;
        if (hint.Id.Length == 0 || hint.TimeToLive < 0 || !HintRule.TryParse(hint.Rule, out _))
        {
            return ActionOutcome.Refused(BlackboardError.Malformed);
        }
        if (_defences.ReplayGuard && View.Hints.ContainsKey(hint.Id))
        {
            return ActionOutcome.Refused(BlackboardError.Replay);
        }
        if (!await WriteAsync(StoredHint.RecordKey(hint.Id), StoredHint.Encode(hint))
            || !await SwapAsync([new StateSwap(StoredHint.StatusKey(hint.Id), "", StoredHint.Active)]))
        {
            return ActionOutcome.Refused(BlackboardError.StoreFailure);
        }
        View = View with { Hints = View.Hints.SetItem(hint.Id, hint) };
        return ActionOutcome.Done;
    }

    private async Task<ActionOutcome> TickCoreAsync(TickAction action)
    {
        var swaps = new List<StateSwap>();
        var intents = View.Intents;
        foreach (Intent intent in View.Intents.Values)
        {
            bool stale = intent.Phase == IntentPhase.Claimed && action.At - intent.LastHeartbeatAt > Limits.HeartbeatTimeToLive;
            bool expired = intent.Phase == IntentPhase.Submitted && action.At - intent.CreatedAt > Limits.UnclaimedTimeToLive;
            if (stale)
            {
                Intent released = intent with { Phase = IntentPhase.Submitted, Worker = "", LastHeartbeatAt = 0 };
                swaps.Add(new StateSwap(StoredIntent.StatusKey(intent.Id), StoredIntent.EncodeStatus(intent), StoredIntent.EncodeStatus(released)));
                intents = intents.SetItem(intent.Id, released);
            }
            else if (expired)
            {
                swaps.Add(new StateSwap(StoredIntent.StatusKey(intent.Id), StoredIntent.EncodeStatus(intent), ""));
                intents = intents.Remove(intent.Id);
            }
        }
        var hints = View.Hints;
        foreach (Hint hint in View.Hints.Values.Where(hint => hint.TimeToLive > 0 && action.At >= hint.CreatedAt + hint.TimeToLive))
        {
            swaps.Add(new StateSwap(StoredHint.StatusKey(hint.Id), StoredHint.Active, ""));
            hints = hints.Remove(hint.Id);
        }
        if (swaps.Count > 0 && !await SwapAsync(swaps))
        {
            return ActionOutcome.Refused(BlackboardError.StoreFailure);
        }
        View = View with { Intents = intents, Hints = hints };
        return ActionOutcome.Done;
    }

    private Task<ActionOutcome> OwnedTransitionAsync(string intentId, string agent, Func<Intent, Intent> change)
    {
        Intent? intent = View.Intents.GetValueOrDefault(intentId);
        if (intent is null || intent.Phase == IntentPhase.Concluded)
        {
            return Task.FromResult(ActionOutcome.Refused(BlackboardError.UnknownIntent));
        }
        if (intent.Phase != IntentPhase.Claimed || (_defences.OwnerCheck && intent.Worker != agent))
        {
            return Task.FromResult(ActionOutcome.Refused(BlackboardError.NotOwner));
        }
        return TransitionAsync(intent, change(intent));
    }

    private async Task<ActionOutcome> TransitionAsync(Intent before, Intent after)
    {
        var swap = new StateSwap(StoredIntent.StatusKey(before.Id), StoredIntent.EncodeStatus(before), StoredIntent.EncodeStatus(after));
        if (!await SwapAsync([swap]))
        {
            return ActionOutcome.Refused(BlackboardError.StoreFailure);
        }
        View = View with { Intents = View.Intents.SetItem(after.Id, after) };
        return ActionOutcome.Done;
    }

    /// <summary>Writes the payload and the record, then moves the head (with <paramref name="alsoSwap"/>) in
    /// one atomic swap from the head the Fact extends. With the chain-head compare-and-swap off, the swap
    /// starts from whatever head it reads back first, so it always wins (last writer wins).</summary>
    private async Task<bool> CommitFactAsync(Fact linked, StateSwap[] alsoSwap)
    {
        if (!await PutPayloadAsync(linked.Content.Bytes) || !await WriteAsync(StoredFact.RecordKey(linked.Id), StoredFact.Encode(linked)))
        {
            return false;
        }
        string expectedHead = View.Head;
        if (!_defences.ChainHeadCas)
        {
            StoreResult<string> read = await _stores.Object.GetStateAsync(HeadKey);
            if (!read.IsOk)
            {
                return false;
            }
            expectedHead = read.Value;
        }
        return await SwapAsync([new StateSwap(HeadKey, expectedHead, linked.Id), .. alsoSwap]);
    }

    private async Task<bool> PutPayloadAsync(byte[] payload) =>
        (await StoreRetry.UntilOkAsync((_stores.Blob, Key: StoredFact.PayloadKey(StoredFact.HashOf(payload)), payload),
            static s => s.Blob.PutAsync(s.Key, s.payload), AttemptsMax)).IsOk;

    private async Task<bool> WriteAsync(string key, string value) =>
        (await StoreRetry.UntilOkAsync((_stores.KeyValue, key, value), static s => s.KeyValue.SetAsync(s.key, s.value), AttemptsMax)).IsOk;

    /// <summary>One atomic swap, retried on refusals; a timeout is resolved by reading the states back,
    /// since the swap applied either whole or not at all.</summary>
    private async Task<bool> SwapAsync(IReadOnlyList<StateSwap> swaps)
    {
        for (int attempt = 0; attempt < AttemptsMax; attempt++)
        {
            StoreResult<bool> result = await _stores.Object.PutStatesAsync(swaps);
            if (result.IsOk)
            {
                return result.Value;
            }
            if (result.Status == StoreStatus.Timeout)
            {
                switch (await SwapReadBack.ReadAsync(_stores.Object, swaps, AttemptsMax))
                {
                    case SwapReading.Applied: return true;
                    case SwapReading.NotApplied: continue;
                    default: return false;
                }
            }
        }
        return false;
    }
}
