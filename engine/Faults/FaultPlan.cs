using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Engine.Faults;

/// <summary>One run's fault timeline: an explicit list of windows over any target (the network's
/// links and nodes, a store set's operations, a process), each starting and ending at a virtual time
/// (never after an event count). Windows may overlap, except crashes of the same node or process.</summary>
public sealed class FaultPlan
{
    private readonly List<FaultWindow> _windows = [];

    /// <summary>The windows, in the order added.</summary>
    public IReadOnlyList<FaultWindow> Windows => _windows;

    /// <summary>Cuts both directions between <paramref name="a"/> and <paramref name="b"/> from <paramref name="start"/> until <paramref name="heal"/>.</summary>
    public FaultPlan Partition(NodeSet a, NodeSet b, SimTime start, SimTime heal) =>
        Add(new FaultWindow(FaultKind.Partition, a, b, start, heal));

    /// <summary>Cuts the direction <paramref name="from"/> to <paramref name="to"/> from <paramref name="start"/> until <paramref name="heal"/>.</summary>
    public FaultPlan PartitionOneWay(NodeSet from, NodeSet to, SimTime start, SimTime heal) =>
        Add(new FaultWindow(FaultKind.PartitionOneWay, from, to, start, heal));

    /// <summary>Crashes network node <paramref name="node"/> at <paramref name="at"/> and restarts it at <paramref name="restart"/>.</summary>
    public FaultPlan Crash(NodeId node, SimTime at, SimTime restart) =>
        Add(new FaultWindow(FaultKind.Crash, NodeSet.Of(node), NodeSet.Of(node), at, restart));

    /// <summary>Crashes the process named <paramref name="process"/> at <paramref name="at"/>; it recovers at <paramref name="recover"/>.</summary>
    public FaultPlan Crash(string process, SimTime at, SimTime recover) =>
        Add(FaultWindow.Of(process, FaultKind.Crash, at, recover));

    /// <summary>Every call to the store set <paramref name="stores"/> issued in the window is refused as unavailable.</summary>
    public FaultPlan Outage(string stores, SimTime start, SimTime end) =>
        Add(FaultWindow.Of(stores, FaultKind.Outage, start, end));

    /// <summary>Every call to <paramref name="stores"/> issued in the window times out, applying nothing.</summary>
    public FaultPlan TimeoutStorm(string stores, SimTime start, SimTime end) =>
        Add(FaultWindow.Of(stores, FaultKind.TimeoutStorm, start, end));

    /// <summary>Every call to <paramref name="stores"/> issued in the window takes <paramref name="extra"/> longer.</summary>
    public FaultPlan LatencySpike(string stores, SimDuration extra, SimTime start, SimTime end) =>
        Add(FaultWindow.Of(stores, FaultKind.LatencySpike, start, end, extra));

    /// <summary>Key-value writes to <paramref name="stores"/> applied in the window may stay unseen for up to <paramref name="bound"/>.</summary>
    public FaultPlan Staleness(string stores, SimDuration bound, SimTime start, SimTime end) =>
        Add(FaultWindow.Of(stores, FaultKind.Staleness, start, end, bound));

    /// <summary>Adds a window; a crash overlapping another crash of the same node or process is rejected.</summary>
    public FaultPlan Add(FaultWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        FaultWindow? clash = _windows.FirstOrDefault(other => SameCrashed(window, other) && other.Start < window.End && window.Start < other.End);
        if (clash is not null)
        {
            throw new ArgumentException(
                $"crash of {Crashed(window)} from {window.Start} to {window.End} overlaps its crash from {clash.Start} to {clash.End}", nameof(window));
        }
        _windows.Add(window);
        return this;
    }

    /// <summary>Schedules every start and end on <paramref name="runtime"/> for <paramref name="network"/> alone.</summary>
    public void Schedule(ISimRuntime runtime, EmulatedNetwork network) => Schedule(runtime, FaultTargets.Of(network));

    /// <summary>Schedules every start and end on <paramref name="runtime"/>, each on the target it names.
    /// A window whose target is unknown, or cannot suffer its kind, throws before anything is scheduled.</summary>
    public void Schedule(ISimRuntime runtime, FaultTargets targets)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(targets);
        var resolved = new IFaultTarget[_windows.Count];
        for (int i = 0; i < _windows.Count; i++)
        {
            FaultWindow window = _windows[i];
            resolved[i] = targets.Get(window.Target);
            if (!resolved[i].Supports(window.Kind))
            {
                throw new ArgumentException($"target '{window.Target}' cannot suffer a {FaultWindow.Name(window.Kind)}", nameof(targets));
            }
        }
        for (int i = 0; i < _windows.Count; i++)
        {
            runtime.ScheduleAt(_windows[i].Start, new FaultEvent(_windows[i], resolved[i], begins: true));
            runtime.ScheduleAt(_windows[i].End, new FaultEvent(_windows[i], resolved[i], begins: false));
        }
    }

    /// <summary>One line per window, for printing the plan before a run; node names come from <paramref name="network"/>.</summary>
    public IReadOnlyList<string> Describe(EmulatedNetwork? network) => _windows.Select(window => window.Describe(network)).ToArray();

    private static string Crashed(FaultWindow window) => window.IsNetworkFault ? window.A.ToString() : window.Target;

    private static bool SameCrashed(FaultWindow a, FaultWindow b) =>
        a.Kind == FaultKind.Crash && b.Kind == FaultKind.Crash && a.Target == b.Target
        && (!a.IsNetworkFault || a.A.Members[0] == b.A.Members[0]);
}
