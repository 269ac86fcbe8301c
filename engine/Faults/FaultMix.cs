using System.Globalization;
using Nexus.Engine.Distributions;
using Nexus.Engine.Messaging;
using Nexus.Engine.Randomness;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Engine.Faults;

/// <summary>One seed's faults in swarm mode, drawn within <see cref="SwarmRanges"/> from the seed
/// alone, so the seed reproduces them: for the network (its "swarm" stream) link behaviour,
/// partitions and node crashes; for each store set (stream "swarm/NAME") outages, timeout storms,
/// latency spikes and staleness windows; for each process (stream "swarm/NAME") crashes. Each target
/// has its own stream, so adding a target never changes another's faults.</summary>
/// <param name="Seed">The seed the mix was drawn from.</param>
/// <param name="Link">How every network link behaves; null when the run has no network.</param>
/// <param name="Plan">The drawn fault timeline.</param>
public sealed record FaultMix(ulong Seed, LinkOptions? Link, FaultPlan Plan)
{
    /// <summary>Draws the mix for <paramref name="seed"/> over the nodes of <paramref name="network"/> alone.</summary>
    public static FaultMix Draw(ulong seed, SwarmRanges ranges, EmulatedNetwork network) =>
        Draw(seed, ranges, FaultTargets.Of(network));

    /// <summary>Draws the mix for <paramref name="seed"/> over every target of <paramref name="targets"/>:
    /// a target that suffers outages is a store set, any other that suffers crashes is a process; a
    /// target that is neither is an <see cref="ArgumentException"/> naming it, not skipped.</summary>
    public static FaultMix Draw(ulong seed, SwarmRanges ranges, FaultTargets targets)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(targets);
        ranges.Validate();
        var plan = new FaultPlan();
        LinkOptions? link = targets.Network is { } network ? DrawNetwork(seed, ranges, network, plan) : null;
        foreach (var (name, target) in targets.ByName)
        {
            if (name == FaultTargets.NetworkName)
            {
                continue;
            }
            SimRandom random = new SimRandom(seed).Fork("swarm/" + name);
            if (target.Supports(FaultKind.Outage))
            {
                DrawStoreFaults(random, ranges, name, plan);
            }
            else if (target.Supports(FaultKind.Crash))
            {
                DrawProcessCrashes(random, ranges, name, plan);
            }
            else
            {
                throw new ArgumentException($"fault target '{name}' suffers neither outages (a store set) nor crashes (a process), " +
                    "so the swarm has no draw for it", nameof(targets));
            }
        }
        return new FaultMix(seed, link, plan);
    }

    /// <summary>Sets every network link to the drawn behaviour and schedules the plan.</summary>
    public void Apply(ISimRuntime runtime, FaultTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (Link is not null && targets.Network is { } network)
        {
            foreach (NodeId from in network.Nodes)
            {
                foreach (NodeId to in network.Nodes)
                {
                    network.SetLink(from, to, Link);
                }
            }
        }
        Plan.Schedule(runtime, targets);
    }

    /// <summary>Sets every link of <paramref name="network"/> to the drawn behaviour and schedules the plan.</summary>
    public void Apply(ISimRuntime runtime, EmulatedNetwork network) => Apply(runtime, FaultTargets.Of(network));

    /// <summary>The mix as printed before a run: the seed, the links when there is a network, then one line per fault.</summary>
    public IReadOnlyList<string> Describe(EmulatedNetwork? network)
    {
        List<string> lines = [$"swarm seed {Seed.ToString(CultureInfo.InvariantCulture)}"];
        if (Link is not null)
        {
            lines.Add($"links: {Link.Describe()}");
        }
        lines.AddRange(Plan.Windows.Count == 0 ? ["faults: none"] : Plan.Describe(network).Select(line => "fault: " + line));
        return lines;
    }

    private static LinkOptions DrawNetwork(ulong seed, SwarmRanges ranges, EmulatedNetwork network, FaultPlan plan)
    {
        IReadOnlyList<NodeId> nodes = network.Nodes;
        if (nodes.Count < 2)
        {
            throw new ArgumentException($"swarm mode needs at least two nodes, the network has {nodes.Count}", nameof(network));
        }
        SimRandom random = new SimRandom(seed).Fork("swarm");
        var link = new LinkOptions(
            DurationDistribution.LogNormal(SimDuration.FromSeconds(Draw(random, ranges.LatencyMedianMilliseconds) / 1e3), 0.5),
            new Probability(Draw(random, ranges.LossProbability)),
            new Probability(Draw(random, ranges.DuplicationProbability)),
            new Probability(Draw(random, ranges.ReorderProbability)));
        int partitions = DrawCount(random, ranges.PartitionCount);
        for (int i = 0; i < partitions; i++)
        {
            (SimTime start, SimTime end) = DrawWindow(random, ranges);
            (NodeSet a, NodeSet b) = DrawSplit(random, nodes);
            plan.Partition(a, b, start, end);
        }
        int crashes = Math.Min(DrawCount(random, ranges.CrashCount), nodes.Count);
        List<NodeId> candidates = [.. nodes];
        for (int i = 0; i < crashes; i++)
        {
            int pick = random.Next(candidates.Count);
            (SimTime start, SimTime end) = DrawWindow(random, ranges);
            plan.Crash(candidates[pick], start, end);
            candidates.RemoveAt(pick);
        }
        return link;
    }

    private static void DrawStoreFaults(SimRandom random, SwarmRanges ranges, string stores, FaultPlan plan)
    {
        for (int i = DrawCount(random, ranges.OutageCount); i > 0; i--)
        {
            (SimTime start, SimTime end) = DrawWindow(random, ranges);
            plan.Outage(stores, start, end);
        }
        for (int i = DrawCount(random, ranges.TimeoutStormCount); i > 0; i--)
        {
            (SimTime start, SimTime end) = DrawWindow(random, ranges);
            plan.TimeoutStorm(stores, start, end);
        }
        for (int i = DrawCount(random, ranges.LatencySpikeCount); i > 0; i--)
        {
            (SimTime start, SimTime end) = DrawWindow(random, ranges);
            plan.LatencySpike(stores, SimDuration.FromSeconds(Draw(random, ranges.LatencySpikeMilliseconds) / 1e3), start, end);
        }
        for (int i = DrawCount(random, ranges.StalenessCount); i > 0; i--)
        {
            (SimTime start, SimTime end) = DrawWindow(random, ranges);
            plan.Staleness(stores, SimDuration.FromSeconds(Draw(random, ranges.StalenessSeconds)), start, end);
        }
    }

    /// <summary>Crashes that never overlap: the horizon is cut into one slot per crash, and each crash
    /// lies within its slot.</summary>
    private static void DrawProcessCrashes(SimRandom random, SwarmRanges ranges, string process, FaultPlan plan)
    {
        int crashes = DrawCount(random, ranges.ProcessCrashCount);
        double slot = ranges.HorizonSeconds / Math.Max(crashes, 1);
        for (int i = 0; i < crashes; i++)
        {
            double length = Math.Min(Draw(random, ranges.FaultLengthSeconds), slot / 2);
            double start = i * slot + (slot - length) * random.NextDouble();
            plan.Crash(process, SimTime.FromSeconds(start), SimTime.FromSeconds(start + length));
        }
    }

    private static double Draw(SimRandom random, Interval range) => range.Min + (range.Max - range.Min) * random.NextDouble();

    private static int DrawCount(SimRandom random, Interval range) =>
        random.Next((int)Math.Ceiling(range.Min), (int)Math.Floor(range.Max) + 1);

    private static (SimTime Start, SimTime End) DrawWindow(SimRandom random, SwarmRanges ranges)
    {
        double length = Draw(random, ranges.FaultLengthSeconds);
        double start = (ranges.HorizonSeconds - length) * random.NextDouble();
        return (SimTime.FromSeconds(start), SimTime.FromSeconds(start + length));
    }

    private static (NodeSet A, NodeSet B) DrawSplit(SimRandom random, IReadOnlyList<NodeId> nodes)
    {
        // A uniformly drawn proper, non-empty subset and its complement.
        ulong mask;
        ulong all = nodes.Count >= 64 ? ulong.MaxValue : (1UL << nodes.Count) - 1;
        do
        {
            mask = random.NextUInt64() & all;
        }
        while (mask == 0 || mask == all);
        List<NodeId> a = [];
        List<NodeId> b = [];
        for (int i = 0; i < nodes.Count; i++)
        {
            (i < 64 && (mask & (1UL << i)) != 0 ? a : b).Add(nodes[i]);
        }
        return (NodeSet.Of(a), NodeSet.Of(b));
    }
}
