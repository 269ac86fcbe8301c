using System.Globalization;
using Nexus.Oracle.NetworkWorld;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

/// <summary>The reference implementation's check vectors for the network world: a worked driver trace,
/// the first actions of each driver, state digests of longer trajectories, and metric values.</summary>
public sealed class NetworkCheckVectorTests
{
    private static readonly NetworkConfig FiveByThree = NetworkConfig.Scaled(5, 3);

    private static IReadOnlyList<(NetAction Action, NetTransition Transition)> Roll(string driver, int seed, int steps, NetworkConfig? config = null) =>
        NetworkRollout.Run(config ?? FiveByThree, driver, seed, steps);

    [Test]
    public void The_worked_driver_trace_gives_its_actions_deltas_and_stored_link()
    {
        var steps = Roll("weighted", 100, 2);
        Assert.That(steps[0].Action.Raw, Is.EqualTo("link_up h3 h1"));
        Assert.That(steps[0].Transition.Delta, Is.EqualTo(new[] { NetEdit.LinkAdd("h3", "h1"), NetEdit.SetResult(0) }));
        Assert.That(steps[0].Transition.Next.Links, Is.EqualTo(new[] { new LinkKey("h1", "h3") }));
        Assert.That(steps[1].Action.Raw, Is.EqualTo("connect h2 h3 443"));
        Assert.That(steps[1].Transition.ExitCode, Is.EqualTo(1));
    }

    [TestCase("weighted", 100, new[] { "link_up h3 h1", "connect h2 h3 443", "connect h4 h0 22", "connect h2 h0 443", "advance", "advance", "svc_up h2 22", "advance" }, new[] { 0, 1, 1, 1, 0, 0, 0, 0 })]
    [TestCase("adversarial", 101, new[] { "fw_deny h1 h2", "svc_down h4 22", "fw_deny h2 h3", "fw_allow h1 h2", "advance", "host_down h1", "link_up h3 h2", "link_down h2 h1" }, new[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    [TestCase("uniform", 7, new[] { "link_down h1 h3", "fw_allow h0 h4", "svc_up h0 443", "link_up h0 h3", "svc_up h1 22", "fw_deny h0 h4", "advance", "fw_deny h4 h0" }, new[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void The_first_eight_actions_and_exit_codes_match_the_reference(string driver, int seed, string[] actions, int[] exits)
    {
        var steps = Roll(driver, seed, 8);
        Assert.That(steps.Select(s => s.Action.Raw), Is.EqualTo(actions));
        Assert.That(steps.Select(s => s.Transition.ExitCode), Is.EqualTo(exits));
    }

    [Test]
    public void Adversarial_no_ops_give_only_set_result_and_link_up_keeps_argument_order()
    {
        var steps = Roll("adversarial", 101, 8);
        Assert.That(steps[1].Transition.Delta, Is.EqualTo(new[] { NetEdit.SetResult(0) }));
        Assert.That(steps[7].Transition.Delta, Is.EqualTo(new[] { NetEdit.SetResult(0) }));
        Assert.That(steps[6].Transition.Delta[0], Is.EqualTo(NetEdit.LinkAdd("h3", "h2")));
    }

    [Test]
    public void Forty_weighted_steps_from_seed_100_reach_the_reference_state()
    {
        var steps = Roll("weighted", 100, 40);
        Assert.That(steps[31].Action.Raw, Is.EqualTo("connect h1 h0 80"));
        Assert.That(steps[36].Action.Raw, Is.EqualTo("advance"));
        NetworkState s = steps[^1].Transition.Next;
        Assert.That(s.Host("h0")!.Services, Is.EqualTo(new[] { 80 }));
        Assert.That(s.Host("h1")!.FwDeny, Is.EqualTo(new[] { "h4" }));
        Assert.That(s.Host("h2")!.Services, Is.EqualTo(new[] { 22 }));
        Assert.That(s.HostNames.Where(h => !s.IsUp(h)), Is.EqualTo(new[] { "h3" }));
        Assert.That(s.Links.Select(l => $"({l.A},{l.B})"), Is.EqualTo(new[] { "(h0,h1)", "(h0,h2)", "(h0,h3)", "(h0,h4)", "(h1,h3)", "(h2,h4)" }));
        Assert.That(s.Flows, Is.EqualTo(new[] { new Flow("h1", "h0", 80) }));
        Assert.That((s.Clock, s.LastExit, s.Facts().Count), Is.EqualTo((7L, 0, 17)));
    }

    [TestCase("weighted", 100, 156, 44, 33)]
    [TestCase("adversarial", 101, 167, 33, 31)]
    [TestCase("uniform", 7, 167, 33, 25)]
    public void Two_hundred_steps_give_the_reference_exit_counts_and_fact_count(string driver, int seed, int zeros, int ones, int facts)
    {
        var steps = Roll(driver, seed, 200);
        Assert.That(steps.Count(s => s.Transition.ExitCode == 0), Is.EqualTo(zeros));
        Assert.That(steps.Count(s => s.Transition.ExitCode == 1), Is.EqualTo(ones));
        Assert.That(steps[^1].Transition.Next.Facts().Count, Is.EqualTo(facts));
    }

    [Test]
    public void The_first_successful_close_of_weighted_seed_100_is_at_step_57()
    {
        var steps = Roll("weighted", 100, 200);
        int first = steps.Select((s, t) => (s, t)).First(p => p.s.Action.Command == NetCommand.Close && p.s.Transition.ExitCode == 0).t;
        Assert.That(first, Is.EqualTo(57));
        Assert.That(steps[57].Action.Raw, Is.EqualTo("close h1 h0 80"));
    }

    [Test]
    public void Advance_drops_a_flow_lazily_on_the_pre_step_state()
    {
        var steps = Roll("weighted", 102, 71);
        Assert.That(steps[70].Action.Raw, Is.EqualTo("advance"));
        Assert.That(steps[69].Transition.Next.Flows, Is.EqualTo(new[] { new Flow("h3", "h2", 80) }));
        Assert.That(steps[70].Transition.Delta, Is.EqualTo(new[] { NetEdit.ClockAdvance(1), NetEdit.FlowClose("h3", "h2", 80), NetEdit.SetResult(0) }));
    }

    [Test]
    public void Advance_drops_several_flows_in_sorted_order()
    {
        var steps = Roll("weighted", 2, 32, NetworkConfig.Scaled(5, 1));
        Assert.That(steps[29].Action.Raw, Is.EqualTo("svc_down h4 22"));
        Assert.That(steps[31].Transition.Delta, Is.EqualTo(new[]
        {
            NetEdit.ClockAdvance(1), NetEdit.FlowClose("h2", "h4", 22), NetEdit.FlowClose("h3", "h4", 22), NetEdit.SetResult(0),
        }));
    }

    [Test]
    public void Twenty_four_hosts_sample_pairs_by_the_set_branch()
    {
        var steps = Roll("uniform", 7, 8, NetworkConfig.Scaled(24, 5));
        Assert.That(steps.Select(s => s.Action.Raw), Is.EqualTo(new[]
        {
            "link_down h4 h12", "fw_allow h2 h17", "host_down h18", "host_up h16", "link_up h2 h13", "svc_up h7 22", "fw_deny h1 h18", "host_down h7",
        }));
    }

    [Test]
    public void Three_hundred_weighted_steps_on_twenty_four_hosts_reach_the_reference_digest()
    {
        var steps = Roll("weighted", 100, 300, NetworkConfig.Scaled(24, 5));
        NetworkState s = steps[^1].Transition.Next;
        Assert.That(steps.Count(x => x.Transition.ExitCode == 0), Is.EqualTo(230));
        Assert.That(steps.Count(x => x.Transition.ExitCode == 1), Is.EqualTo(70));
        Assert.That(s.LinkCount, Is.EqualTo(52));
        Assert.That(s.Flows, Is.EqualTo(new[] { new Flow("h19", "h22", 53), new Flow("h4", "h19", 22) }));
        Assert.That((s.Clock, s.Facts().Count), Is.EqualTo((30L, 142)));
        Assert.That(steps[158].Action.Raw, Is.EqualTo("close h15 h20 8080"));
        Assert.That(steps[157].Transition.Next.Flows, Is.EqualTo(new[] { new Flow("h15", "h20", 8080), new Flow("h19", "h9", 80) }));
    }

    [Test]
    public void The_metric_vectors_match_the_reference()
    {
        NetEdit[] truth = [NetEdit.LinkAdd("h3", "h1"), NetEdit.SetResult(0)];
        Assert.That(NetworkMetrics.BitsToCorrect([NetEdit.LinkAdd("h1", "h3"), NetEdit.SetResult(0)], truth), Is.EqualTo(36.0));
        Assert.That(NetworkMetrics.BitsToCorrect([], truth), Is.EqualTo(30.0));
        Assert.That(NetworkMetrics.CorrectionSymbols([NetEdit.SetResult(0), NetEdit.SetResult(0)], [NetEdit.SetResult(0)]), Is.EqualTo(2));

        NetworkState initial = NetworkState.Initial(FiveByThree);
        NetworkState after40 = Roll("weighted", 100, 40)[^1].Transition.Next;
        Assert.That(NetworkMetrics.Divergence(initial, after40).ToString("R", CultureInfo.InvariantCulture), Is.EqualTo("0.5833333333333334"));
        Assert.That(NetworkMetrics.ReachabilityFaithfulness(initial, after40), Is.EqualTo(0.2));
        Assert.That(Reachability.Matrix(after40), Has.Count.EqualTo(10));
        Assert.That(NetworkMetrics.ReachabilityBitsToCorrect(initial, after40), Is.EqualTo(8));
    }
}
