using System.Globalization;
using Nexus.Engine.Distributions;
using Nexus.Engine.Network;
using Nexus.Engine.Randomness;
using Nexus.Engine.Time;

namespace Nexus.Engine.Faults;

/// <summary>One seed's faults in swarm mode: link behaviour and a fault plan, drawn within
/// <see cref="SwarmRanges"/> from the seed alone (its "swarm" stream), so the seed reproduces them.</summary>
public sealed record FaultMix(ulong Seed, LinkOptions Link, FaultPlan Plan)
{
    /// <summary>Draws the mix for <paramref name="seed"/> over the nodes of <paramref name="network"/>.</summary>
    public static FaultMix Draw(ulong seed, SwarmRanges ranges, EmulatedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(network);
        ranges.Validate();
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
        var plan = new FaultPlan();
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
        return new FaultMix(seed, link, plan);
    }

    /// <summary>Sets every link to the drawn behaviour and schedules the plan.</summary>
    public void Apply(Runtime.VirtualRuntime runtime, EmulatedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        foreach (NodeId from in network.Nodes)
        {
            foreach (NodeId to in network.Nodes)
            {
                network.SetLink(from, to, Link);
            }
        }
        Plan.Schedule(runtime, network);
    }

    /// <summary>The mix as printed before a run: the seed, the link, then one line per fault.</summary>
    public IReadOnlyList<string> Describe(EmulatedNetwork network)
    {
        List<string> lines = [$"swarm seed {Seed.ToString(CultureInfo.InvariantCulture)}", $"links: {Link.Describe()}"];
        lines.AddRange(Plan.Windows.Count == 0 ? ["faults: none"] : Plan.Describe(network).Select(line => "fault: " + line));
        return lines;
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
