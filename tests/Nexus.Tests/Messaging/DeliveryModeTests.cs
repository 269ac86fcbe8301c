using Nexus.Engine;
using Nexus.Engine.Messaging;
using Nexus.Engine.Time;

namespace Nexus.Tests.Messaging;

public sealed class DeliveryModeTests
{
    private const int MessageCount = 500;

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Reliable_ordered_delivers_each_message_exactly_once_and_in_order_despite_20_percent_loss(ulong seed)
    {
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(0.2));
        harness.SendEvery(SimDuration.FromMilliseconds(2), MessageCount, DeliveryMode.ReliableOrdered);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.ReceivedPayloads, Is.EqualTo(Enumerable.Range(0, MessageCount)));
        Assert.That(harness.Network.Statistics.DroppedByLoss, Is.GreaterThan(0), "the link must actually have lost transmissions");
        Assert.That(harness.Network.Statistics.Abandoned, Is.Zero);
        Assert.That(harness.Network.HeldBackCount, Is.Zero, "no message may stay held back once the run drains");
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Reliable_unordered_delivers_each_message_exactly_once_despite_20_percent_loss(ulong seed)
    {
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(0.2));
        harness.SendEvery(SimDuration.FromMilliseconds(2), MessageCount, DeliveryMode.ReliableUnordered);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.ReceivedPayloads.Order(), Is.EqualTo(Enumerable.Range(0, MessageCount)));
        Assert.That(harness.ReceivedPayloads, Is.Not.EqualTo(Enumerable.Range(0, MessageCount)),
            "with loss and retransmission some messages should arrive out of order");
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Without_the_reliable_defences_the_exactly_once_in_order_check_fails(ulong seed)
    {
        // Negative control: best-effort is the same link without acknowledgement, retransmission,
        // deduplication or resequencing; the check the reliable modes pass must reject it.
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(0.2));
        harness.SendEvery(SimDuration.FromMilliseconds(2), MessageCount, DeliveryMode.BestEffort);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.ReceivedPayloads, Is.Not.EqualTo(Enumerable.Range(0, MessageCount)));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Link_loss_over_100000_messages_lies_within_three_sigma_of_the_configured_rate(ulong seed)
    {
        const double loss = 0.2;
        const int n = 100_000;
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(loss, duplication: 0, reorder: 0));
        for (int i = 0; i < n; i++)
        {
            harness.Network.Send(harness.A, harness.B, DeliveryMode.BestEffort, i);
        }
        harness.Runtime.RunToCompletion();

        double observed = (double)harness.Network.Statistics.DroppedByLoss / n;
        double sigma = Math.Sqrt(loss * (1 - loss) / n);
        Assert.That(observed, Is.EqualTo(loss).Within(3 * sigma));
        Assert.That(harness.Received, Has.Count.EqualTo(n - harness.Network.Statistics.DroppedByLoss));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Probabilistic_delivery_rate_lies_within_three_sigma_of_the_stated_probability(ulong seed)
    {
        const double p = 0.7;
        const int n = 20_000;
        var harness = new NetworkHarness(seed, NetworkHarness.Lossy(0.3));
        for (int i = 0; i < n; i++)
        {
            harness.Network.Send(harness.A, harness.B, DeliveryMode.Probabilistic, i, new Probability(p));
        }
        harness.Runtime.RunToCompletion();

        double delivered = (double)harness.Received.Count / n;
        Assert.That(delivered, Is.EqualTo(p).Within(3 * Math.Sqrt(p * (1 - p) / n)));
        Assert.That(harness.ReceivedPayloads.Distinct().Count(), Is.EqualTo(harness.Received.Count), "no duplicates");
    }

    [Test]
    public void A_link_that_always_duplicates_delivers_every_best_effort_message_twice()
    {
        var harness = new NetworkHarness(4, new LinkOptions(
            Nexus.Engine.Distributions.DurationDistribution.Constant(SimDuration.FromMilliseconds(1)),
            Probability.Zero, Probability.One, Probability.Zero));
        harness.SendEvery(SimDuration.FromMilliseconds(5), 50, DeliveryMode.BestEffort);
        harness.Runtime.RunToCompletion();

        Assert.That(harness.ReceivedPayloads, Is.EqualTo(Enumerable.Range(0, 50).SelectMany(i => new[] { i, i })));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void A_link_without_reordering_is_fifo_despite_random_latency_and_one_with_it_is_not(ulong seed)
    {
        var fifo = new NetworkHarness(seed, NetworkHarness.Lossy(0, duplication: 0, reorder: 0));
        fifo.SendEvery(SimDuration.FromMilliseconds(1), 300, DeliveryMode.BestEffort);
        fifo.Runtime.RunToCompletion();
        var reordering = new NetworkHarness(seed, NetworkHarness.Lossy(0, duplication: 0, reorder: 0.3));
        reordering.SendEvery(SimDuration.FromMilliseconds(1), 300, DeliveryMode.BestEffort);
        reordering.Runtime.RunToCompletion();

        Assert.That(fifo.ReceivedPayloads, Is.EqualTo(Enumerable.Range(0, 300)));
        Assert.That(reordering.ReceivedPayloads, Is.Not.EqualTo(Enumerable.Range(0, 300)));
        Assert.That(reordering.ReceivedPayloads.Order(), Is.EqualTo(Enumerable.Range(0, 300)));
    }
}
