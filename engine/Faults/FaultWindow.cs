using System.Globalization;
using Nexus.Engine.Network;
using Nexus.Engine.Time;

namespace Nexus.Engine.Faults;

/// <summary>One fault from <see cref="Start"/> until <see cref="End"/>. For a crash, <see cref="A"/> is the node and
/// <see cref="B"/> repeats it.</summary>
public sealed record FaultWindow
{
    /// <summary>Checks the window: times not negative, the end after the start.</summary>
    public FaultWindow(FaultKind kind, NodeSet a, NodeSet b, SimTime start, SimTime end)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (start.Nanoseconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"a fault cannot start before time zero, got {start}");
        }
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"a fault must end after it starts ({start}), got {end}");
        }
        if (kind == FaultKind.Crash && a.Members.Count != 1)
        {
            throw new ArgumentException($"a crash names one node, got {a}", nameof(a));
        }
        (Kind, A, B, Start, End) = (kind, a, b, start, end);
    }

    /// <summary>What fails.</summary>
    public FaultKind Kind { get; }

    /// <summary>The first node set (the crashed node, for a crash).</summary>
    public NodeSet A { get; }

    /// <summary>The second node set.</summary>
    public NodeSet B { get; }

    /// <summary>When the fault starts.</summary>
    public SimTime Start { get; }

    /// <summary>When it is undone: healed, or restarted.</summary>
    public SimTime End { get; }

    /// <summary>Applies the start of the fault.</summary>
    public void Begin(EmulatedNetwork network)
    {
        switch (Kind)
        {
            case FaultKind.Partition: network.Partition(A, B); break;
            case FaultKind.PartitionOneWay: network.PartitionOneWay(A, B); break;
            default: network.Crash(A.Members[0]); break;
        }
    }

    /// <summary>Undoes the fault.</summary>
    public void Finish(EmulatedNetwork network)
    {
        switch (Kind)
        {
            case FaultKind.Partition: network.Heal(A, B); break;
            case FaultKind.PartitionOneWay: network.HealOneWay(A, B); break;
            default: network.Restart(A.Members[0]); break;
        }
    }

    /// <summary>One line: what, between whom, from when to when (seconds).</summary>
    public string Describe(EmulatedNetwork network)
    {
        string Names(NodeSet set) => "{" + string.Join(",", set.Members.Select(network.NameOf)) + "}";
        string span = string.Format(CultureInfo.InvariantCulture, "from {0:R} s to {1:R} s", Start.TotalSeconds, End.TotalSeconds);
        return Kind switch
        {
            FaultKind.Partition => $"partition {Names(A)} | {Names(B)} {span}",
            FaultKind.PartitionOneWay => $"partition-one-way {Names(A)} -> {Names(B)} {span}",
            _ => $"crash {Names(A)} {span}",
        };
    }
}
