using Nexus.Engine.Faults;
using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Tests.Messaging;

public sealed class FaultTests
{
    private static readonly SimDuration Latency = SimDuration.FromMilliseconds(1);

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_partition_heals_at_its_virtual_time_not_after_an_event_count(ulong seed)
    {
        var harness = new NetworkHarness(seed, LinkOptions.Perfect(Latency));
        new FaultPlan().Partition(NodeSet.Of(harness.A), NodeSet.Of(harness.B), SimTime.FromSeconds(1), SimTime.FromSeconds(3))
            .Schedule(harness.Runtime, harness.Network);
        // Unrelated busy work whose event count depends on the seed: the heal time must not.
        int busyEvents = 1_000 + (int)(seed % 50_000);
        harness.Runtime.Spawn("busy", async () =>
        {
            for (int i = 0; i < busyEvents; i++)
            {
                await harness.Runtime.Delay(SimDuration.FromMicroseconds(50));
            }
        });
        harness.SendEvery(SimDuration.FromMilliseconds(100), 50, DeliveryMode.BestEffort);
        harness.Runtime.RunToCompletion();

        // Sends at 0.0 .. 0.9 s and from 3.0 s on arrive; sends at 1.0 .. 2.9 s are cut.
        int[] expected = [.. Enumerable.Range(0, 10), .. Enumerable.Range(30, 20)];
        Assert.That(harness.ReceivedPayloads, Is.EqualTo(expected));
        Assert.That(harness.Received.Single(r => r.Payload == 30).At, Is.EqualTo(SimTime.FromSeconds(3) + Latency));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_reliable_message_sent_into_a_partition_arrives_after_the_heal_and_not_before(ulong seed)
    {
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(0.1));
        new FaultPlan().Partition(NodeSet.Of(harness.A), NodeSet.Of(harness.B), SimTime.FromSeconds(1), SimTime.FromSeconds(3))
            .Schedule(harness.Runtime, harness.Network);
        harness.SendEvery(SimDuration.FromMilliseconds(100), 50, DeliveryMode.ReliableOrdered);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.ReceivedPayloads, Is.EqualTo(Enumerable.Range(0, 50)));
        Assert.That(harness.Received.Where(r => r.Payload is >= 10 and < 30).Select(r => r.At),
            Has.All.GreaterThanOrEqualTo(SimTime.FromSeconds(3)));
    }

    [TestCase(2.995, TestName = "A message sent inside a partition is cut even if it would arrive after the heal")]
    [TestCase(0.995, TestName = "A message in flight when a partition starts is cut")]
    public void A_partition_cuts_what_is_on_the_wire_while_it_holds(double sendAtSeconds)
    {
        // Latency 10 ms, partition from 1 s to 3 s: either send time puts the message across an edge.
        var harness = new NetworkHarness(1, LinkOptions.Perfect(SimDuration.FromMilliseconds(10)));
        new FaultPlan().Partition(NodeSet.Of(harness.A), NodeSet.Of(harness.B), SimTime.FromSeconds(1), SimTime.FromSeconds(3))
            .Schedule(harness.Runtime, harness.Network);
        harness.Runtime.RunUntil(SimTime.FromSeconds(sendAtSeconds));
        harness.Network.Send(harness.A, harness.B, DeliveryMode.BestEffort, 1);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.Received, Is.Empty);
        Assert.That(harness.Network.Statistics.DroppedByPartition, Is.EqualTo(1));
    }

    [Test]
    public void A_one_way_partition_cuts_only_its_direction()
    {
        var harness = new NetworkHarness(1, LinkOptions.Perfect(Latency));
        var atA = new List<int>();
        harness.Network.Listen(harness.A, message => atA.Add((int)message.Payload!));
        harness.Network.PartitionOneWay(NodeSet.Of(harness.A), NodeSet.Of(harness.B));
        harness.Network.Send(harness.A, harness.B, DeliveryMode.BestEffort, 1);
        harness.Network.Send(harness.B, harness.A, DeliveryMode.BestEffort, 2);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.Received, Is.Empty);
        Assert.That(atA, Is.EqualTo(new[] { 2 }));
        Assert.That(harness.Network.IsCut(harness.A, harness.B), Is.True);
        Assert.That(harness.Network.IsCut(harness.B, harness.A), Is.False);
    }

    [Test]
    public void Healing_a_partition_that_is_not_there_is_an_error_naming_the_direction()
    {
        var harness = new NetworkHarness(1, LinkOptions.Perfect(Latency));
        var error = Assert.Throws<InvalidOperationException>(() => harness.Network.Heal(NodeSet.Of(harness.A), NodeSet.Of(harness.B)));
        Assert.That(error!.Message, Does.Contain("a -> b"));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_crashed_node_receives_nothing_until_it_restarts(ulong seed)
    {
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(0.1));
        new FaultPlan().Crash(harness.B, SimTime.FromSeconds(1), SimTime.FromSeconds(3)).Schedule(harness.Runtime, harness.Network);
        harness.SendEvery(SimDuration.FromMilliseconds(20), 100, DeliveryMode.BestEffort);
        harness.Runtime.Spawn("reliable-sender", async () =>
        {
            for (int i = 1000; i < 1100; i++)
            {
                harness.Network.Send(harness.A, harness.B, DeliveryMode.ReliableOrdered, i);
                await harness.Runtime.Delay(SimDuration.FromMilliseconds(20));
            }
        });
        harness.Runtime.RunToCompletion();

        SimTime crash = SimTime.FromSeconds(1);
        SimTime restart = SimTime.FromSeconds(3);
        Assert.That(harness.Received.Where(r => r.At >= crash && r.At < restart), Is.Empty);
        Assert.That(harness.Received.Count(r => r.At >= restart), Is.GreaterThan(0), "delivery resumes after the restart");
        // Reliable messages sent while b was down are delivered after it restarts, each once, in order.
        int[] sentWhileDown = [.. Enumerable.Range(1050, 50)];
        Assert.That(harness.ReceivedPayloads.Where(p => p >= 1050), Is.EqualTo(sentWhileDown));
        Assert.That(harness.Network.Statistics.DroppedByCrash, Is.GreaterThan(0));
    }

    [Test]
    public void A_crashed_node_sends_nothing()
    {
        var harness = new NetworkHarness(1, LinkOptions.Perfect(Latency));
        var atA = new List<int>();
        harness.Network.Listen(harness.A, message => atA.Add((int)message.Payload!));
        harness.Network.Crash(harness.B);
        harness.Network.Send(harness.B, harness.A, DeliveryMode.ReliableOrdered, 7);
        harness.Runtime.RunToCompletion();

        Assert.That(atA, Is.Empty);
        Assert.That(harness.Network.IsUp(harness.B), Is.False);
    }

    [Test]
    public void A_message_in_flight_when_its_receiver_crashes_is_not_delivered_after_the_restart()
    {
        var harness = new NetworkHarness(1, LinkOptions.Perfect(SimDuration.FromMilliseconds(100)));
        harness.Network.Send(harness.A, harness.B, DeliveryMode.BestEffort, 1);
        new FaultPlan().Crash(harness.B, SimTime.FromSeconds(0.05), SimTime.FromSeconds(0.08)).Schedule(harness.Runtime, harness.Network);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.Received, Is.Empty);
    }
}
