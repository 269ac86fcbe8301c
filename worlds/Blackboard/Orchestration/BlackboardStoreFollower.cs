using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>Follows what a blackboard's stores hold, commit by commit, reading only what each commit
/// moved: told every compare-and-swap that applies (<see cref="Applied"/>), it reads back the keys the
/// swap named (the chain head, a Fact's record and its payload, an Intent's status and its record, a
/// Hint's record) and keeps the state they make. Reading costs what a commit changes, not what the
/// stores hold. An Intent whose record is missing is absent, as in <see cref="BlackboardStoreReader"/>;
/// a Fact record or payload that is missing, or a head or link that names no Fact, makes the state
/// unreadable, its head naming the reason. It sees only keys a swap names: a record changed behind
/// the commits' back shows in a whole read (<see cref="BlackboardStoreReader"/>), not here.</summary>
public sealed class BlackboardStoreFollower(IStoreInspector inspector)
{
    private readonly SortedSet<string> _facts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _intents = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _hints = new(StringComparer.Ordinal);
    private BlackboardState _state = BlackboardState.Empty;
    private string? _unreadable;

    /// <summary>Reads back what <paramref name="swaps"/>, which just applied, moved.</summary>
    public void Applied(IReadOnlyList<StateSwap> swaps)
    {
        ArgumentNullException.ThrowIfNull(swaps);
        foreach (StateSwap swap in swaps)
        {
            Read(swap.Key);
        }
        _unreadable ??= Unresolved();
    }

    /// <summary>The state the stores hold now, and the ids of the Facts, Intents and Hints whose keys a
    /// swap named since the last call (the head is always to be compared).</summary>
    public (BlackboardState State, StateIds Moved) Take()
    {
        var moved = new StateIds([.. _facts], [.. _intents], [.. _hints]);
        _facts.Clear();
        _intents.Clear();
        _hints.Clear();
        return (_unreadable is null ? _state : _state with { Head = "(unreadable: " + _unreadable + ")" }, moved);
    }

    private void Read(string key)
    {
        if (key == BlackboardService.HeadKey)
        {
            _state = _state with { Head = inspector.ObjectState(key) };
        }
        else if (key.StartsWith(StoredFact.Prefix, StringComparison.Ordinal))
        {
            string id = key[StoredFact.Prefix.Length..];
            string record = inspector.ObjectState(key);
            _facts.Add(id);
            Fact? fact = record.Length == 0 ? null : ReadFact(record);
            _state = _state with { Facts = fact is null ? _state.Facts.Remove(id) : _state.Facts.SetItem(id, fact) };
        }
        else if (key.StartsWith(StoredIntent.StatusPrefix, StringComparison.Ordinal))
        {
            string id = key[StoredIntent.StatusPrefix.Length..];
            string status = inspector.ObjectState(key);
            string? record = status.Length == 0 ? null : inspector.KeyValue(StoredIntent.RecordKey(id));
            _intents.Add(id);
            _state = _state with { Intents = record is null ? _state.Intents.Remove(id) : _state.Intents.SetItem(id, StoredIntent.Decode(record, status)) };
        }
        else if (key.StartsWith(StoredHint.Prefix, StringComparison.Ordinal))
        {
            string id = key[StoredHint.Prefix.Length..];
            string record = inspector.ObjectState(key);
            _hints.Add(id);
            _state = _state with { Hints = record.Length == 0 ? _state.Hints.Remove(id) : _state.Hints.SetItem(id, StoredHint.Decode(record)) };
        }
    }

    /// <summary>The Fact a record describes, its payload read; null (and the state unreadable) when the payload is missing.</summary>
    private Fact? ReadFact(string record)
    {
        try
        {
            return StoredFact.Parse(record).WithPayload(inspector.Blob);
        }
        catch (InvalidDataException missing)
        {
            _unreadable ??= missing.Message;
            return null;
        }
    }

    /// <summary>Why the chain does not resolve at what the swaps moved; null when it does.</summary>
    private string? Unresolved()
    {
        if (_state.Head.Length > 0 && !_state.Facts.ContainsKey(_state.Head))
        {
            return $"the chain reaches fact {_state.Head}, whose record is missing";
        }
        foreach (string id in _facts)
        {
            if (_state.Facts.GetValueOrDefault(id) is { Previous.Length: > 0 } fact && !_state.Facts.ContainsKey(fact.Previous))
            {
                return $"the chain reaches fact {fact.Previous}, whose record is missing";
            }
        }
        return null;
    }
}
