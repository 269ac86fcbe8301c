using Nexus.Engine.Network;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Engine.Faults;

/// <summary>An explicit list of faults, each starting and ending at a virtual time (never after an
/// event count). Windows of one kind may overlap, except crashes of the same node.</summary>
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

    /// <summary>Crashes <paramref name="node"/> at <paramref name="at"/> and restarts it at <paramref name="restart"/>.</summary>
    public FaultPlan Crash(NodeId node, SimTime at, SimTime restart) =>
        Add(new FaultWindow(FaultKind.Crash, NodeSet.Of(node), NodeSet.Of(node), at, restart));

    /// <summary>Adds a window; a crash overlapping another crash of the same node is rejected.</summary>
    public FaultPlan Add(FaultWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        FaultWindow? clash = _windows.FirstOrDefault(other => window.Kind == FaultKind.Crash && other.Kind == FaultKind.Crash
            && other.A.Members[0] == window.A.Members[0] && other.Start < window.End && window.Start < other.End);
        if (clash is not null)
        {
            throw new ArgumentException(
                $"crash of {window.A} from {window.Start} to {window.End} overlaps its crash from {clash.Start} to {clash.End}", nameof(window));
        }
        _windows.Add(window);
        return this;
    }

    /// <summary>Schedules every start and end on <paramref name="runtime"/> for <paramref name="network"/>.</summary>
    public void Schedule(VirtualRuntime runtime, EmulatedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(network);
        foreach (FaultWindow window in _windows)
        {
            runtime.ScheduleAt(window.Start, new FaultEvent(window, network, begins: true));
            runtime.ScheduleAt(window.End, new FaultEvent(window, network, begins: false));
        }
    }

    /// <summary>One line per window, for printing the plan before a run.</summary>
    public IReadOnlyList<string> Describe(EmulatedNetwork network) => _windows.Select(window => window.Describe(network)).ToArray();
}
