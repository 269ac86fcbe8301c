using System.Globalization;
using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Engine.Faults;

/// <summary>One fault of one target from <see cref="Start"/> until <see cref="End"/>. Network faults
/// name node sets (for a crash, <see cref="A"/> is the node and <see cref="B"/> repeats it); a latency
/// spike or a staleness window has a <see cref="Magnitude"/>.</summary>
public sealed record FaultWindow
{
    /// <summary>A network fault. Checks the window: times not negative, the end after the start.</summary>
    public FaultWindow(FaultKind kind, NodeSet a, NodeSet b, SimTime start, SimTime end)
        : this(FaultTargets.NetworkName, kind, a, b, start, end, SimDuration.Zero)
    {
        if (kind is not (FaultKind.Partition or FaultKind.PartitionOneWay or FaultKind.Crash))
        {
            throw new ArgumentException($"{Name(kind)} is not a network fault", nameof(kind));
        }
        if (kind == FaultKind.Crash && a.Members.Count != 1)
        {
            throw new ArgumentException($"a crash names one node, got {a}", nameof(a));
        }
    }

    private FaultWindow(string target, FaultKind kind, NodeSet a, NodeSet b, SimTime start, SimTime end, SimDuration magnitude)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
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
        (Target, Kind, A, B, Start, End, Magnitude) = (target, kind, a, b, start, end, magnitude);
    }

    /// <summary>A fault of the store set or process named <paramref name="target"/>; a latency spike
    /// or a staleness window needs a positive <paramref name="magnitude"/>, the others none.</summary>
    public static FaultWindow Of(string target, FaultKind kind, SimTime start, SimTime end, SimDuration magnitude = default)
    {
        string name = Name(kind);
        bool sized = kind is FaultKind.LatencySpike or FaultKind.Staleness;
        if (kind is FaultKind.Partition or FaultKind.PartitionOneWay)
        {
            throw new ArgumentException($"a {name} names node sets: build it with the network constructor", nameof(kind));
        }
        if (sized != (magnitude.Nanoseconds > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(magnitude), magnitude, sized
                ? $"a {name} needs a positive magnitude, got {magnitude}"
                : $"a {name} takes no magnitude, got {magnitude}");
        }
        return new FaultWindow(target, kind, NodeSet.None, NodeSet.None, start, end, magnitude);
    }

    /// <summary>The name of the target that fails.</summary>
    public string Target { get; }

    /// <summary>What fails.</summary>
    public FaultKind Kind { get; }

    /// <summary>The first node set (the crashed node, for a network crash); empty for other targets.</summary>
    public NodeSet A { get; }

    /// <summary>The second node set; empty for other targets.</summary>
    public NodeSet B { get; }

    /// <summary>When the fault starts.</summary>
    public SimTime Start { get; }

    /// <summary>When it is undone: healed, restarted, recovered.</summary>
    public SimTime End { get; }

    /// <summary>The extra latency of a spike, or the staleness bound of a staleness window; zero otherwise.</summary>
    public SimDuration Magnitude { get; }

    /// <summary>True for a fault of the network's links or nodes.</summary>
    public bool IsNetworkFault => Target == FaultTargets.NetworkName;

    /// <summary>The name of a fault kind as plans print it.</summary>
    public static string Name(FaultKind kind) => kind switch
    {
        FaultKind.Partition => "partition",
        FaultKind.PartitionOneWay => "partition-one-way",
        FaultKind.Crash => "crash",
        FaultKind.Outage => "outage",
        FaultKind.TimeoutStorm => "timeout-storm",
        FaultKind.LatencySpike => "latency-spike",
        FaultKind.Staleness => "staleness",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown fault kind"),
    };

    /// <summary>One line: what, of whom, from when to when (seconds). Node names come from
    /// <paramref name="network"/>, which a network fault needs.</summary>
    public string Describe(EmulatedNetwork? network)
    {
        string span = string.Format(CultureInfo.InvariantCulture, "from {0:R} s to {1:R} s", Start.TotalSeconds, End.TotalSeconds);
        if (!IsNetworkFault)
        {
            string size = Magnitude.Nanoseconds > 0
                ? string.Format(CultureInfo.InvariantCulture, " {0:R} ms", Magnitude.TotalMilliseconds)
                : "";
            return $"{Name(Kind)}{size} {Target} {span}";
        }
        ArgumentNullException.ThrowIfNull(network);
        string Names(NodeSet set) => "{" + string.Join(",", set.Members.Select(network.NameOf)) + "}";
        return Kind switch
        {
            FaultKind.Partition => $"partition {Names(A)} | {Names(B)} {span}",
            FaultKind.PartitionOneWay => $"partition-one-way {Names(A)} -> {Names(B)} {span}",
            FaultKind.Crash => $"crash {Names(A)} {span}",
            _ => throw new InvalidOperationException($"{Name(Kind)} is not a network fault"),
        };
    }
}
