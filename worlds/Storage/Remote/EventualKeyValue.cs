using Nexus.Engine;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>The server-side state of an eventually consistent key-value store. Every write becomes
/// visible to reads at a time drawn uniformly within the stale window after it is applied; a read
/// returns the newest write already visible. So a read is never older than the window: every write
/// applied at least a window ago is visible. With a zero window it is strongly consistent.</summary>
public sealed class EventualKeyValue(SimDuration staleWindow, SimRandom random)
{
    private readonly record struct Version(long AppliedAt, long VisibleAt, string? Value);

    private readonly SortedDictionary<string, List<Version>> _histories = new(StringComparer.Ordinal);
    private readonly long _windowNanoseconds = staleWindow.RequireNonNegative(nameof(staleWindow)).Nanoseconds;

    /// <summary>The largest staleness any read has shown: its time minus the time the newer write it
    /// missed was applied. Never above the window.</summary>
    public SimDuration MaxObservedStaleness { get; private set; }

    /// <summary>Reads that returned a value older than the newest applied.</summary>
    public long StaleReads { get; private set; }

    /// <summary>Applies a write (null deletes) at <paramref name="now"/>.</summary>
    public void Write(SimTime now, string key, string? value)
    {
        StoreKeys.Require(key);
        long visibleAt = _windowNanoseconds == 0 ? now.Nanoseconds : now.Nanoseconds + random.NextInt64(_windowNanoseconds + 1);
        if (!_histories.TryGetValue(key, out List<Version>? history))
        {
            history = [new Version(long.MinValue, long.MinValue, null)];
            _histories.Add(key, history);
        }
        history.Add(new Version(now.Nanoseconds, visibleAt, value));
    }

    /// <summary>The newest value of <paramref name="key"/> visible at <paramref name="now"/>, or null.</summary>
    public string? Read(SimTime now, string key)
    {
        StoreKeys.Require(key);
        return _histories.TryGetValue(key, out List<Version>? history) ? Visible(history, now.Nanoseconds, observe: true) : null;
    }

    /// <summary>Keys with <paramref name="prefix"/> whose visible value exists, ordinal order.</summary>
    public IReadOnlyList<string> Keys(SimTime now, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return _histories.Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal)
                && Visible(entry.Value, now.Nanoseconds, observe: false) is not null)
            .Select(entry => entry.Key).ToArray();
    }

    private string? Visible(List<Version> history, long now, bool observe)
    {
        int index = history.Count - 1;
        while (history[index].VisibleAt > now)
        {
            index--;
        }
        Invariant.True(index >= 0, "a key's history lost its base version at {0} ns", now);
        if (observe && index < history.Count - 1 && history[index + 1].AppliedAt <= now)
        {
            StaleReads++;
            var staleness = new SimDuration(now - history[index + 1].AppliedAt);
            MaxObservedStaleness = staleness > MaxObservedStaleness ? staleness : MaxObservedStaleness;
        }
        if (index > 0)
        {
            // Versions before the visible one can never be read again.
            history.RemoveRange(0, index);
        }
        return history[0].Value;
    }
}
