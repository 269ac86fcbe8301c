using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Faults;
using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests;

/// <summary>The network emulation under Coyote: a sender process streams reliable-ordered messages over
/// a lossy, duplicating, reordering link while the fault timeline partitions the two nodes and heals
/// them. Coyote decides every loss, duplication, reordering and latency draw and how the sender
/// interleaves with the network's events; every message must arrive once, in order.</summary>
public sealed class NetworkUnderCoyoteTests
{
    private const int Messages = 5;

    [Test]
    public void Reliable_ordered_delivery_survives_a_partition_from_the_timeline_over_300_iterations()
    {
        using var engine = CoyoteConfiguration.Run(300, ReliableOrderedThroughAPartition);

        CoyoteConfiguration.AssertNoBug(engine, 300);
    }

    [Test]
    public void The_check_catches_a_delivery_mode_without_retransmission_within_300_iterations()
    {
        // The control: best-effort sends lose messages to the same link and partition, and the test says so.
        using var engine = CoyoteConfiguration.Run(300, () => ThroughAPartition(DeliveryMode.BestEffort));

        Assert.That(engine.TestReport.NumOfFoundBugs, Is.EqualTo(1));
    }

    private static Task ReliableOrderedThroughAPartition() => ThroughAPartition(DeliveryMode.ReliableOrdered);

    private static async Task ThroughAPartition(DeliveryMode mode)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        var link = new LinkOptions(DurationDistribution.LogNormal(SimDuration.FromMilliseconds(10), 0.5),
            new Probability(0.2), new Probability(0.05), new Probability(0.1));
        var network = new EmulatedNetwork(runtime, new NetworkOptions(link));
        NodeId a = network.AddNode("a");
        NodeId b = network.AddNode("b");
        var received = new List<int>();
        var allReceived = new TaskCompletionSource();
        network.Listen(b, message =>
        {
            received.Add((int)message.Payload!);
            if (received.Count == Messages)
            {
                allReceived.SetResult();
            }
        });
        new FaultPlan().Partition(NodeSet.Of(a), NodeSet.Of(b), SimTime.FromSeconds(0.01), SimTime.FromSeconds(0.5))
            .Schedule(runtime, network);

        for (int i = 0; i < Messages; i++)
        {
            network.Send(a, b, mode, i);
            await runtime.Delay(SimDuration.FromMilliseconds(5));
        }
        await allReceived.Task;
        await runtime.StopAsync();
        CoyoteSpecification.Assert(received.SequenceEqual(Enumerable.Range(0, Messages)),
            "reliable-ordered delivery broke: received {0}", string.Join(",", received));
    }
}
