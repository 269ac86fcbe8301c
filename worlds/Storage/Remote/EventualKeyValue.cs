using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>The server-side state of an eventually consistent key-value store. Every write becomes
/// visible to reads at a time drawn uniformly within the stale window after it is applied; a read
/// returns the newest write already visible. So a read is never older than the window: every write
/// applied at least a window ago is visible. With a zero window it is strongly consistent. A
/// staleness window of the fault timeline widens the bound for the writes applied while it holds.</summary>
public sealed class EventualKeyValue(SimDuration staleWindow, SimRandom random, StoreFaults? faults = null)
{
    /// <summary>A write not yet visible to every read. <see cref="EarliestAppliedAt"/> is when the
    /// earliest unseen write it stands for was applied: itself, or an earlier write it shadows.</summary>
    private readonly record struct Version(long EarliestAppliedAt, long VisibleAt, string? Value);

    /// <summary>One key: the value reads see, and the writes that may still become visible, in
    /// <see cref="Pending"/>[0, <see cref="Count"/>), in apply order and in visibility order alike.</summary>
    private sealed class History
    {
        public string? Visible;
        public Version[] Pending = [];
        public int Count;

        public void DropLast() => Pending[--Count] = default;

        public void Append(Version version)
        {
            if (Count == Pending.Length)
            {
                Array.Resize(ref Pending, Math.Max(2, 2 * Count));
            }
            Pending[Count++] = version;
        }

        /// <summary>Drops the first <paramref name="settled"/> pending writes (now visible), keeping the rest in order.</summary>
        public void Settle(int settled)
        {
            Array.Copy(Pending, settled, Pending, 0, Count - settled);
            Array.Clear(Pending, Count - settled, settled);
            Count -= settled;
        }
    }

    // Hash order never reaches an output: listing sorts its keys.
    private readonly Dictionary<string, History> _histories = new(StringComparer.Ordinal);
    private readonly long _windowNanoseconds = staleWindow.RequireNonNegative(nameof(staleWindow)).Nanoseconds;

    /// <summary>The largest staleness any read has shown: its time minus the time the newer write it
    /// missed was applied. Never above the widest window in force when that write was applied.</summary>
    public SimDuration MaxObservedStaleness { get; private set; }

    /// <summary>Reads that returned a value older than the newest applied.</summary>
    public long StaleReads { get; private set; }

    /// <summary>Applies a write (null deletes) at <paramref name="now"/>.</summary>
    public void Write(SimTime now, string key, string? value)
    {
        StoreKeys.Require(key);
        if (!_histories.TryGetValue(key, out History? history))
        {
            history = new History();
            _histories.Add(key, history);
        }
        long window = faults is null ? _windowNanoseconds : faults.StaleWindowNanoseconds(_windowNanoseconds);
        if (window == 0)
        {
            history.Visible = value;
            history.Settle(history.Count);
            return;
        }
        long visibleAt = now.Nanoseconds + random.NextInt64(window + 1);
        // Writes already visible now are settled into the visible value first, as a read now would
        // (reads never go back in time), so a key written often and never read keeps only the writes
        // within its window, not every write since the last read.
        Visible(history, now.Nanoseconds, observe: false);
        // A pending write that becomes visible no sooner than this one can never be read: once it is
        // visible, this newer one is too. Dropping it keeps the list ordered by visibility as well,
        // and short; its apply time is kept, for the staleness a read shows.
        long earliest = now.Nanoseconds;
        while (history.Count > 0 && history.Pending[history.Count - 1].VisibleAt >= visibleAt)
        {
            earliest = history.Pending[history.Count - 1].EarliestAppliedAt;
            history.DropLast();
        }
        history.Append(new Version(earliest, visibleAt, value));
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> as a state the target held
    /// before anything was applied: visible to every read at once (a restored snapshot).</summary>
    public void Restore(string key, string value)
    {
        StoreKeys.Require(key);
        ArgumentNullException.ThrowIfNull(value);
        _histories[key] = new History { Visible = value };
    }

    /// <summary>The newest value of <paramref name="key"/> visible at <paramref name="now"/>, or null.</summary>
    public string? Read(SimTime now, string key)
    {
        StoreKeys.Require(key);
        return _histories.TryGetValue(key, out History? history) ? Visible(history, now.Nanoseconds, observe: true) : null;
    }

    /// <summary>The value of the latest write applied to <paramref name="key"/>, visible or not: for inspection.</summary>
    public string? ReadLatest(string key) =>
        _histories.TryGetValue(StoreKeys.Require(key), out History? history)
            ? history.Count > 0 ? history.Pending[history.Count - 1].Value : history.Visible
            : null;

    /// <summary>Keys with <paramref name="prefix"/> whose latest applied value exists: for inspection.</summary>
    public IReadOnlyList<string> LatestKeys(string prefix) =>
        StoreKeys.WithPrefix(_histories.Keys.Where(key => ReadLatest(key) is not null), prefix);

    /// <summary>Keys with <paramref name="prefix"/> whose visible value exists, ordinal order.</summary>
    public IReadOnlyList<string> Keys(SimTime now, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return StoreKeys.WithPrefix(
            _histories.Where(entry => Visible(entry.Value, now.Nanoseconds, observe: false) is not null).Select(entry => entry.Key),
            prefix);
    }

    private string? Visible(History history, long now, bool observe)
    {
        Version[] pending = history.Pending;
        int next = 0;
        while (next < history.Count && pending[next].VisibleAt <= now)
        {
            // Visibility order is apply order: the newest visible write wins, the ones before it are gone.
            history.Visible = pending[next].Value;
            next++;
        }
        if (next > 0)
        {
            history.Settle(next);
        }
        if (observe && history.Count > 0 && pending[0].EarliestAppliedAt <= now)
        {
            StaleReads++;
            var staleness = new SimDuration(now - pending[0].EarliestAppliedAt);
            MaxObservedStaleness = staleness > MaxObservedStaleness ? staleness : MaxObservedStaleness;
        }
        return history.Visible;
    }
}
