using Nexus.Engine;
using Nexus.Engine.Faults;
using Nexus.Engine.Randomness;
using Nexus.Worlds.Storage;
using Nexus.Worlds.Storage.Memory;
using Nexus.Worlds.Storage.Remote;

namespace Nexus.Worlds.Transactions;

/// <summary>A resource manager behind its own emulated boundary. Prepare logs the writes durably and
/// locks their keys; the decision applies or discards them. Its log, locks, data and applied outcomes
/// survive a crash; while it is down every request is refused. A commit for a transaction it never
/// prepared is a protocol violation, recorded rather than applied.</summary>
public sealed class TransactionParticipant : IFaultTarget
{
    private readonly RemoteBoundary _boundary;
    private readonly TwoPhaseCommitProfile _profile;
    private readonly SimRandom _random;
    private readonly SortedDictionary<string, IReadOnlyDictionary<string, string>> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _locks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TransactionOutcome> _outcomes = new(StringComparer.Ordinal);
    private readonly List<string> _violations = [];

    /// <summary>A participant named <paramref name="name"/>, reached through <paramref name="boundary"/>.</summary>
    public TransactionParticipant(string name, RemoteBoundary boundary, TwoPhaseCommitProfile profile)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(profile);
        Name = name;
        _boundary = boundary;
        _profile = profile;
        _random = boundary.Runtime.Stream("participant/" + name);
    }

    /// <summary>The participant's name.</summary>
    public string Name { get; }

    /// <summary>Committed data.</summary>
    public MemoryKeyValueStore Data { get; } = new();

    /// <summary>False between <see cref="Crash"/> and <see cref="Restart"/>.</summary>
    public bool IsUp { get; private set; } = true;

    /// <summary>Transactions prepared and not yet decided here: in doubt, holding their locks.</summary>
    public IReadOnlyCollection<string> InDoubt => _prepared.Keys;

    /// <summary>Protocol violations seen: decisions this participant could not honour.</summary>
    public IReadOnlyList<string> Violations => _violations;

    /// <summary>The outcome this participant applied for <paramref name="transaction"/>, if any.</summary>
    public TransactionOutcome? OutcomeOf(string transaction) =>
        _outcomes.TryGetValue(transaction, out TransactionOutcome outcome) ? outcome : null;

    /// <summary>Stops answering; durable state is kept.</summary>
    public void Crash() => IsUp = false;

    /// <summary>Answers again; in-doubt transactions still hold their locks until recovered.</summary>
    public void Restart() => IsUp = true;

    /// <inheritdoc />
    public bool Supports(FaultKind kind) => kind == FaultKind.Crash;

    /// <inheritdoc />
    public void Begin(FaultWindow window) => Crash();

    /// <inheritdoc />
    public void End(FaultWindow window) => Restart();

    /// <summary>Phase 1: log and lock, or refuse.</summary>
    public Task<StoreResult<Vote>> PrepareAsync(string transaction, IReadOnlyDictionary<string, string> writes)
    {
        ArgumentException.ThrowIfNullOrEmpty(transaction);
        ArgumentNullException.ThrowIfNull(writes);
        return CallAsync(() => Prepare(transaction, writes));
    }

    /// <summary>Phase 2: apply the coordinator's decision. Idempotent.</summary>
    public Task<StoreResult<bool>> DecideAsync(string transaction, TransactionOutcome outcome)
    {
        ArgumentException.ThrowIfNullOrEmpty(transaction);
        return CallAsync(() => Apply(transaction, outcome));
    }

    /// <summary>After a restart (its own or the coordinator's): asks the coordinator about every in-doubt
    /// transaction until each is decided (the coordinator presumes abort for what it never decided, and
    /// answers nothing while it is down).</summary>
    public async Task RecoverAsync(TwoPhaseCommitCoordinator coordinator)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        while (_prepared.Count > 0)
        {
            foreach (string transaction in _prepared.Keys.ToArray())
            {
                if (coordinator.OutcomeOf(transaction) is { } outcome)
                {
                    Apply(transaction, outcome);
                }
            }
            if (_prepared.Count > 0)
            {
                await _boundary.Runtime.Delay(_profile.DecisionRetryInterval);
            }
        }
    }

    private async Task<StoreResult<T>> CallAsync<T>(Func<T> serve)
    {
        StoreResult<StoreResult<T>> answer = await _boundary.CallAsync<StoreResult<T>>(_profile.Message,
            () => IsUp ? StoreResult<T>.Success(serve()) : StoreResult<T>.Failure(StoreStatus.Unavailable));
        return answer.IsOk ? answer.Value : StoreResult<T>.Failure(answer.Status);
    }

    private Vote Prepare(string transaction, IReadOnlyDictionary<string, string> writes)
    {
        if (_prepared.ContainsKey(transaction))
        {
            return Vote.Yes;
        }
        if (_outcomes.ContainsKey(transaction)
            || writes.Keys.Any(key => _locks.TryGetValue(key, out string? holder) && holder != transaction)
            || _random.Chance(_profile.VoteNoProbability))
        {
            return Vote.No;
        }
        foreach (string key in writes.Keys)
        {
            _locks[key] = transaction;
        }
        _prepared.Add(transaction, new Dictionary<string, string>(writes, StringComparer.Ordinal));
        return Vote.Yes;
    }

    private bool Apply(string transaction, TransactionOutcome outcome)
    {
        if (_outcomes.TryGetValue(transaction, out TransactionOutcome earlier))
        {
            Invariant.True(earlier == outcome, "transaction decided twice, differently: {0}", transaction);
            return true;
        }
        _outcomes[transaction] = outcome;
        if (!_prepared.Remove(transaction, out IReadOnlyDictionary<string, string>? writes))
        {
            if (outcome == TransactionOutcome.Committed)
            {
                _violations.Add($"{Name}: commit of {transaction}, which it never prepared");
            }
            return true;
        }
        foreach (var (key, value) in writes)
        {
            _locks.Remove(key);
            if (outcome == TransactionOutcome.Committed)
            {
                Data.Write(key, value);
            }
        }
        return true;
    }
}
