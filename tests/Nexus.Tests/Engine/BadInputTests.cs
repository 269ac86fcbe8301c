using Nexus.Engine;
using Nexus.Engine.Distributions;
using Nexus.Engine.Faults;
using Nexus.Engine.Messaging;
using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Tests.Engine;

public sealed class BadInputTests
{
    [Test]
    public void A_negative_delay_is_rejected_naming_the_value()
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(1));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => runtime.Delay(SimDuration.FromNanoseconds(-250)));
        Assert.That(error!.Message, Does.Contain("-250"));
        Assert.That(error.ParamName, Is.EqualTo("delay"));
    }

    [Test]
    public void A_negative_delay_on_the_task_runtime_is_rejected_naming_the_value()
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => runtime.Delay(SimDuration.FromMilliseconds(-2)));
        Assert.That(error!.Message, Does.Contain("-2000000"));
    }

    [TestCase(-0.1)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void A_probability_outside_the_unit_interval_is_rejected_naming_the_value(double value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Probability(value));
        Assert.That(error!.Message, Does.Contain(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void A_link_to_an_unknown_node_is_rejected_naming_the_node()
    {
        var network = new EmulatedNetwork(new VirtualRuntime(new VirtualRuntimeOptions(1)), new NetworkOptions(LinkOptions.Perfect(SimDuration.FromMilliseconds(1))));
        network.AddNode("alpha");
        network.AddNode("beta");
        var error = Assert.Throws<ArgumentException>(() => network.SetLink("alpha", "gamma", LinkOptions.Perfect(SimDuration.Zero)));
        Assert.That(error!.Message, Does.Contain("'gamma'"));
        Assert.That(error.Message, Does.Contain("alpha, beta"));
    }

    [Test]
    public void A_send_to_a_node_id_outside_the_network_is_rejected_naming_it()
    {
        var network = new EmulatedNetwork(new VirtualRuntime(new VirtualRuntimeOptions(1)), new NetworkOptions(LinkOptions.Perfect(SimDuration.FromMilliseconds(1))));
        NodeId a = network.AddNode("a");
        var error = Assert.Throws<ArgumentException>(() => network.Send(a, new NodeId(9), DeliveryMode.BestEffort));
        Assert.That(error!.Message, Does.Contain("n9"));
    }

    [Test]
    public void A_negative_latency_is_rejected_naming_the_value()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DurationDistribution.Constant(SimDuration.FromNanoseconds(-5)));
        Assert.That(error!.Message, Does.Contain("-5"));
    }

    [Test]
    public void A_fault_that_ends_before_it_starts_is_rejected_naming_both_times()
    {
        var network = new EmulatedNetwork(new VirtualRuntime(new VirtualRuntimeOptions(1)), new NetworkOptions(LinkOptions.Perfect(SimDuration.FromMilliseconds(1))));
        NodeId a = network.AddNode("a");
        NodeId b = network.AddNode("b");
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new FaultPlan().Partition(NodeSet.Of(a), NodeSet.Of(b), SimTime.FromSeconds(2), SimTime.FromSeconds(1)));
        Assert.That(error!.Message, Does.Contain("2000000000ns").And.Contain("1000000000ns"));
    }

    [Test]
    public void A_swarm_probability_range_outside_the_unit_interval_is_rejected_naming_the_field()
    {
        var ranges = new SwarmRanges { LossProbability = new Interval(0.1, 1.2) };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ranges.Validate());
        Assert.That(error!.ParamName, Is.EqualTo(nameof(SwarmRanges.LossProbability)));
        Assert.That(error.Message, Does.Contain("1.2"));
    }

    [Test]
    public void A_probabilistic_send_without_a_probability_is_rejected()
    {
        var network = new EmulatedNetwork(new VirtualRuntime(new VirtualRuntimeOptions(1)), new NetworkOptions(LinkOptions.Perfect(SimDuration.FromMilliseconds(1))));
        NodeId a = network.AddNode("a");
        NodeId b = network.AddNode("b");
        Assert.Throws<ArgumentException>(() => network.Send(a, b, DeliveryMode.Probabilistic));
        Assert.Throws<ArgumentException>(() => network.Send(a, b, DeliveryMode.BestEffort, deliveryProbability: Probability.One));
    }
}
