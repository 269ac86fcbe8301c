using Nexus.Engine.Faults;

namespace Nexus.Worlds.Storage.Remote;

/// <summary>The faults in force on one depth-2 store set, as the fault timeline begins and ends them:
/// outages, timeout storms, latency spikes and staleness windows. Every boundary of the set consults
/// it when a call is issued, and the eventually consistent key-value state when a write is applied,
/// so a window affects exactly the calls issued (and writes applied) from its start until its end.
/// Overlapping windows add up: spikes add their latency, the widest staleness bound wins.</summary>
public sealed class StoreFaults : IFaultTarget
{
    private readonly List<long> _spikes = [];
    private readonly List<long> _staleBounds = [];
    private int _outages;
    private int _storms;

    /// <summary>True while an outage holds: every call is refused as unavailable.</summary>
    public bool IsOut => _outages > 0;

    /// <summary>True while a timeout storm holds: every call is lost before the server.</summary>
    public bool IsStorming => _storms > 0;

    /// <summary>Extra round-trip latency in force, in nanoseconds.</summary>
    public long ExtraLatencyNanoseconds { get; private set; }

    /// <summary>The staleness bound for a write applied now: the profile's, or a wider one in force.</summary>
    public long StaleWindowNanoseconds(long profileWindow)
    {
        long window = profileWindow;
        foreach (long bound in _staleBounds)
        {
            window = Math.Max(window, bound);
        }
        return window;
    }

    /// <inheritdoc />
    public bool Supports(FaultKind kind) => kind is FaultKind.Outage or FaultKind.TimeoutStorm or FaultKind.LatencySpike or FaultKind.Staleness;

    /// <inheritdoc />
    public void Begin(FaultWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        switch (window.Kind)
        {
            case FaultKind.Outage: _outages++; break;
            case FaultKind.TimeoutStorm: _storms++; break;
            case FaultKind.LatencySpike:
                _spikes.Add(window.Magnitude.Nanoseconds);
                ExtraLatencyNanoseconds += window.Magnitude.Nanoseconds;
                break;
            case FaultKind.Staleness: _staleBounds.Add(window.Magnitude.Nanoseconds); break;
            default: throw Unsupported(window);
        }
    }

    /// <inheritdoc />
    public void End(FaultWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        switch (window.Kind)
        {
            case FaultKind.Outage: _outages = Ended(_outages, window); break;
            case FaultKind.TimeoutStorm: _storms = Ended(_storms, window); break;
            case FaultKind.LatencySpike:
                Remove(_spikes, window);
                ExtraLatencyNanoseconds -= window.Magnitude.Nanoseconds;
                break;
            case FaultKind.Staleness: Remove(_staleBounds, window); break;
            default: throw Unsupported(window);
        }
    }

    private static int Ended(int count, FaultWindow window) =>
        count > 0 ? count - 1 : throw new InvalidOperationException($"{FaultWindow.Name(window.Kind)} of '{window.Target}' ended without starting");

    private static void Remove(List<long> active, FaultWindow window)
    {
        if (!active.Remove(window.Magnitude.Nanoseconds))
        {
            throw new InvalidOperationException($"{FaultWindow.Name(window.Kind)} of '{window.Target}' ended without starting");
        }
    }

    private static ArgumentException Unsupported(FaultWindow window) =>
        new($"a store set cannot suffer a {FaultWindow.Name(window.Kind)}", nameof(window));
}
