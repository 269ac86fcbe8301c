using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Faults;
using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Engine.Tracing;

namespace Nexus.Experiments.Simulations;

/// <summary>Random traffic over an emulated network under faults: every node sends to random peers in
/// every delivery mode, while links lose, duplicate and reorder, partitions come and heal, and nodes
/// crash and restart. Either a fixed fault plan, or (swarm mode) a mix drawn from the seed. The run
/// ends when nothing is pending: every reliable message acknowledged or abandoned.</summary>
public static class MessageTrafficSimulation
{
    /// <summary>The fixed plan's link: 5 ms median latency, 5% loss, 1% duplication, 2% reordering.</summary>
    public static LinkOptions FixedLink { get; } = new(
        DurationDistribution.LogNormal(SimDuration.FromMilliseconds(5), 0.5),
        new Probability(0.05), new Probability(0.01), new Probability(0.02));

    /// <summary>Runs the simulation into <paramref name="trace"/>; the fingerprint is the trace's.</summary>
    public static MessageTrafficResult Run(MessageTrafficOptions options, SimTrace trace)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NodeCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MessagesPerNode);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(options.Seed) { Trace = trace, StepCountMax = options.StepCountMax });
        var network = new EmulatedNetwork(runtime, new NetworkOptions(FixedLink));
        NodeId[] nodes = Enumerable.Range(0, options.NodeCount).Select(i => network.AddNode("node-" + i)).ToArray();
        IReadOnlyList<string> faults = ScheduleFaults(options, runtime, network, nodes);
        foreach (NodeId node in nodes)
        {
            network.Listen(node, _ => { });
            runtime.Spawn(network.NameOf(node), () => SendTraffic(runtime, network, node, nodes, options));
        }
        runtime.RunToCompletion();
        return new MessageTrafficResult(trace.Fingerprint, trace.EventCount, faults, network.Statistics, runtime.Now, runtime.StepCount);
    }

    private static IReadOnlyList<string> ScheduleFaults(MessageTrafficOptions options, VirtualRuntime runtime, EmulatedNetwork network, NodeId[] nodes)
    {
        if (options.Swarm)
        {
            FaultMix mix = FaultMix.Draw(options.Seed, new SwarmRanges(), network);
            mix.Apply(runtime, network);
            return mix.Describe(network);
        }
        var plan = new FaultPlan()
            .Partition(NodeSet.Of(nodes[0]), NodeSet.Of(nodes[1..]), SimTime.FromSeconds(1), SimTime.FromSeconds(3))
            .Crash(nodes[^1], SimTime.FromSeconds(4), SimTime.FromSeconds(6));
        plan.Schedule(runtime, network);
        return [$"links: {FixedLink.Describe()}", .. plan.Describe(network).Select(line => "fault: " + line)];
    }

    private static async Task SendTraffic(VirtualRuntime runtime, EmulatedNetwork network, NodeId self, NodeId[] nodes, MessageTrafficOptions options)
    {
        var random = runtime.Random.Fork("traffic/" + network.NameOf(self));
        var meanSeconds = options.SendIntervalMean.TotalSeconds;
        for (int i = 0; i < options.MessagesPerNode; i++)
        {
            await runtime.Delay(SimDuration.FromSeconds(random.NextExponential() * meanSeconds));
            int pick = runtime.Choice.NextInt(nodes.Length - 1);
            NodeId peer = nodes[pick >= self.Index ? pick + 1 : pick];
            var mode = (DeliveryMode)(i % 4);
            network.Send(self, peer, mode, payload: i,
                deliveryProbability: mode == DeliveryMode.Probabilistic ? new Probability(0.9) : null);
        }
    }
}
