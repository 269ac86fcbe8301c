using System.Globalization;
using System.Runtime.InteropServices;

namespace Nexus.Worlds.Storage.Sessions;

/// <summary>A unit of work over a <see cref="StoreSet"/>: hydrate preloads keys and object states
/// (nothing becomes dirty), execute reads and writes locally, flush commits. Compare-and-swaps inside
/// the session are optimistic, checked against the local view; at flush the object store arbitrates
/// them all at once, atomically, and a session that loses rolls back having written nothing. A
/// winner's writes then go through the commit channel, and last the owner's cursor advances, so a
/// consumer that reads the cursor knows which flushes are complete. Built on the store interfaces
/// only, it is the same code at depth 1 and depth 2. Await each returned ValueTask once.</summary>
public sealed class StoreSession
{
    /// <summary>Attempts at one write or read before a flush reports the failure.</summary>
    public const int AttemptsMax = 8;

    private readonly StoreSet _stores;
    private readonly string _cursorKey;
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateSwap> _swaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _hydratedValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hydratedStates = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string?>> _writing = [];
    private readonly List<StateSwap> _arbitrating = [];
    private bool _arbitrationWon;

    /// <summary>A session of <paramref name="owner"/>, whose cursor is <c>cursor/OWNER</c> in the commit channel.</summary>
    public StoreSession(StoreSet stores, string owner)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        _stores = stores;
        Owner = owner;
        _cursorKey = CursorKey(owner);
    }

    /// <summary>Whose session this is.</summary>
    public string Owner { get; }

    /// <summary>The owner's cursor as of the last hydrate or flush: how many flushes have committed.</summary>
    public long Cursor { get; private set; }

    /// <summary>True when the session holds work not yet committed.</summary>
    public bool IsDirty => _pending.Count > 0 || _swaps.Count > 0 || _arbitrationWon;

    /// <summary>The commit-channel key of <paramref name="owner"/>'s cursor.</summary>
    public static string CursorKey(string owner) => "cursor/" + owner;

    /// <summary>Reads <paramref name="owner"/>'s cursor as a consumer does: 0 before the first flush.</summary>
    public static async ValueTask<StoreResult<long>> ReadCursorAsync(IKeyValueStore commitChannel, string owner)
    {
        ArgumentNullException.ThrowIfNull(commitChannel);
        StoreResult<string?> read = await commitChannel.GetAsync(CursorKey(owner));
        return ParseCursor(read);
    }

    private static StoreResult<long> ParseCursor(StoreResult<string?> read) => read.IsOk
        ? StoreResult<long>.Success(read.Value is null ? 0 : long.Parse(read.Value, CultureInfo.InvariantCulture))
        : StoreResult<long>.Failure(read.Status);

    /// <summary>Loads <paramref name="keys"/> and <paramref name="objectKeys"/> into the local view, and the
    /// cursor. All or nothing: on a failure the view is unchanged. Only a clean session hydrates.</summary>
    public async ValueTask<StoreResult> HydrateAsync(IReadOnlyList<string> keys, IReadOnlyList<string>? objectKeys = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (IsDirty)
        {
            throw new InvalidOperationException($"session '{Owner}' holds uncommitted work: flush it before hydrating");
        }
        // Reads land in scratch maps first, so a failure part-way leaves the view unchanged.
        _hydratedValues.Clear();
        _hydratedStates.Clear();
        // Indexed loops: an interface enumerator would be one allocation per hydrate.
        for (int i = 0; i < keys.Count; i++)
        {
            StoreResult<string?> read = await _stores.KeyValue.GetAsync(keys[i]);
            if (!read.IsOk)
            {
                return new StoreResult(read.Status);
            }
            _hydratedValues[keys[i]] = read.Value;
        }
        for (int i = 0; i < (objectKeys?.Count ?? 0); i++)
        {
            StoreResult<string> read = await _stores.Object.GetStateAsync(objectKeys![i]);
            if (!read.IsOk)
            {
                return new StoreResult(read.Status);
            }
            _hydratedStates[objectKeys[i]] = read.Value;
        }
        StoreResult<long> cursor = ParseCursor(await _stores.CommitChannel.GetAsync(_cursorKey));
        if (!cursor.IsOk)
        {
            return new StoreResult(cursor.Status);
        }
        foreach (var (key, value) in _hydratedValues)
        {
            _values[key] = value;
        }
        foreach (var (key, state) in _hydratedStates)
        {
            _states[key] = state;
        }
        // The commit channel may be stale (eventually consistent at depth 2): a cursor read back never
        // takes the session below the flushes it knows it committed.
        Cursor = Math.Max(Cursor, cursor.Value);
        return StoreResult.Ok;
    }

    /// <summary>The local value of a hydrated or written key (null when absent); any other key throws.</summary>
    public string? Get(string key) => _values.TryGetValue(StoreKeys.Require(key), out string? value)
        ? value
        : throw new InvalidOperationException($"key '{key}' is not in session '{Owner}': hydrate it first");

    /// <summary>Writes <paramref name="key"/> locally; it is written to the store at flush.</summary>
    public void Set(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values[StoreKeys.Require(key)] = value;
        _pending[key] = value;
    }

    /// <summary>Deletes <paramref name="key"/> locally; it is deleted from the store at flush.</summary>
    public void Delete(string key)
    {
        _values[StoreKeys.Require(key)] = null;
        _pending[key] = null;
    }

    /// <summary>The local state of a hydrated object key; any other key throws.</summary>
    public string GetState(string key) => _states.TryGetValue(StoreKeys.Require(key), out string? state)
        ? state
        : throw new InvalidOperationException($"object key '{key}' is not in session '{Owner}': hydrate it first");

    /// <summary>An optimistic compare-and-swap against the local view; the object store arbitrates it at flush.</summary>
    public bool CompareAndSwap(string key, string expected, string newState)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(newState);
        if (GetState(key) != expected)
        {
            return false;
        }
        string original = _swaps.TryGetValue(key, out StateSwap earlier) ? earlier.Expected : expected;
        _swaps[key] = new StateSwap(key, original, newState);
        _states[key] = newState;
        return true;
    }

    /// <summary>Commits the session: arbitration, then the writes through the commit channel (in key
    /// order), then the cursor.</summary>
    public async ValueTask<FlushResult> FlushAsync()
    {
        if (!IsDirty)
        {
            return new FlushResult(FlushOutcome.NothingToFlush, StoreStatus.Ok, Cursor);
        }
        if (_swaps.Count > 0)
        {
            _arbitrating.Clear();
            _arbitrating.AddRange(_swaps.Values);
            CollectionsMarshal.AsSpan(_arbitrating).Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            StoreResult<bool> arbitration = _arbitrating.Count == 1
                ? await _stores.Object.PutStateAsync(_arbitrating[0].Key, _arbitrating[0].Expected, _arbitrating[0].New)
                : await _stores.Object.PutStatesAsync(_arbitrating);
            if (arbitration.Status == StoreStatus.Timeout)
            {
                // The swap is atomic: the keys read back hold every new state (it applied) or it did not.
                arbitration = await SwapReadBack.ReadAsync(_stores.Object, _arbitrating, AttemptsMax) == SwapReading.Applied
                    ? StoreResult<bool>.Success(true)
                    : arbitration;
            }
            if (!arbitration.IsOk)
            {
                return new FlushResult(FlushOutcome.Failed, arbitration.Status, Cursor);
            }
            if (!arbitration.Value)
            {
                RollBack();
                return new FlushResult(FlushOutcome.LostArbitration, StoreStatus.Conflict, Cursor);
            }
            _swaps.Clear();
            _arbitrationWon = true;
        }
        // The writes in key order, then the owner's cursor: a consumer that sees the cursor sees them all.
        _writing.Clear();
        _writing.AddRange(_pending);
        CollectionsMarshal.AsSpan(_writing).Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        _writing.Add(new KeyValuePair<string, string?>(_cursorKey, (Cursor + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var (key, value) in _writing)
        {
            // Writes are idempotent, so a retry after a timeout is safe. The loop is written here rather
            // than through StoreRetry: this is the session's hot path, and a helper's state machine would
            // cost one allocation per write (about a third more bytes per store operation).
            StoreResult written = default;
            for (int attempt = 0; attempt < AttemptsMax && !written.IsOk; attempt++)
            {
                written = value is null ? await _stores.CommitChannel.DeleteAsync(key) : await _stores.CommitChannel.SetAsync(key, value);
            }
            if (!written.IsOk)
            {
                return new FlushResult(FlushOutcome.Failed, written.Status, Cursor);
            }
            _pending.Remove(key);
        }
        Cursor++;
        _arbitrationWon = false;
        return new FlushResult(FlushOutcome.Committed, StoreStatus.Ok, Cursor);
    }

    private void RollBack()
    {
        _pending.Clear();
        _swaps.Clear();
        _values.Clear();
        _states.Clear();
    }
}
