using System.Globalization;
using Nexus.Oracle.NetworkWorld;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

public sealed class NetworkOracleTests
{
    private static readonly NetworkConfig Config = NetworkConfig.Scaled(5, 3);

    /// <summary>Every action of the grammar over the configuration, plus unknown hosts, self-links and a foreign port.</summary>
    private static IEnumerable<NetAction> Grammar(NetworkState state)
    {
        string[] hosts = [.. Config.Hosts, "h9"];
        int[] ports = [.. Config.Ports, 7];
        yield return NetAction.Parse("advance");
        foreach (string a in hosts)
        {
            yield return NetAction.Parse("host_up " + a);
            yield return NetAction.Parse("host_down " + a);
            foreach (int p in ports)
            {
                yield return NetAction.Parse(string.Create(CultureInfo.InvariantCulture, $"svc_up {a} {p}"));
                yield return NetAction.Parse(string.Create(CultureInfo.InvariantCulture, $"svc_down {a} {p}"));
            }
            foreach (string b in hosts)
            {
                foreach (string command in new[] { "link_up", "link_down", "fw_deny", "fw_allow" })
                {
                    yield return NetAction.Parse($"{command} {a} {b}");
                }
                foreach (int p in ports)
                {
                    yield return NetAction.Parse(string.Create(CultureInfo.InvariantCulture, $"connect {a} {b} {p}"));
                    yield return NetAction.Parse(string.Create(CultureInfo.InvariantCulture, $"close {a} {b} {p}"));
                }
            }
        }
        foreach (Flow flow in state.Flows)
        {
            yield return NetAction.Parse(string.Create(CultureInfo.InvariantCulture, $"close {flow.Src} {flow.Dst} {flow.Port}"));
        }
    }

    private static IEnumerable<NetworkState> ReachableStates() =>
        new[] { ("weighted", 100), ("adversarial", 101), ("uniform", 7), ("weighted", 102), ("adversarial", 103) }
            .SelectMany(d => NetworkRollout.Run(Config, d.Item1, d.Item2, 220).Select(step => step.Transition.Next));

    [Test]
    public void Applying_the_delta_gives_the_next_state_for_every_action_over_a_thousand_reachable_states()
    {
        int states = 0;
        int pairs = 0;
        foreach (NetworkState state in ReachableStates())
        {
            states++;
            foreach (NetAction action in Grammar(state))
            {
                NetTransition transition = NetworkOracle.Step(state, action);
                Assert.That(NetDelta.Apply(state, transition.Delta), Is.EqualTo(transition.Next), $"{action} on {state.Canonical()}");
                Assert.That(NetworkOracle.Next(state, action), Is.EqualTo(transition.Next), $"{action} on {state.Canonical()}");
                Assert.That(transition.Delta[^1], Is.EqualTo(NetEdit.SetResult(transition.ExitCode)));
                Assert.That(transition.Delta.Count(e => e.Kind == NetEditKind.SetResult), Is.EqualTo(1));
                pairs++;
            }
        }
        Assert.That(states, Is.GreaterThanOrEqualTo(1000));
        Assert.That(pairs, Is.GreaterThan(500_000));
    }

    [Test]
    public void The_oracle_leaves_its_input_state_unchanged()
    {
        NetworkState state = NetworkRollout.Run(Config, "weighted", 100, 40)[^1].Transition.Next;
        string before = state.Canonical();
        foreach (NetAction action in Grammar(state))
        {
            NetworkOracle.Step(state, action);
        }
        Assert.That(state.Canonical(), Is.EqualTo(before));
    }

    [Test]
    public void Divergence_lies_in_the_unit_interval_is_symmetric_and_zero_exactly_on_equal_states()
    {
        NetworkState[] states = [.. ReachableStates().Where((_, i) => i % 37 == 0)];
        foreach (NetworkState a in states)
        {
            Assert.That(NetworkMetrics.Divergence(a, a), Is.Zero);
            foreach (NetworkState b in states)
            {
                double d = NetworkMetrics.Divergence(a, b);
                Assert.That(d, Is.InRange(0.0, 1.0));
                Assert.That(d, Is.EqualTo(NetworkMetrics.Divergence(b, a)));
                Assert.That(d == 0, Is.EqualTo(a.Equals(b)));
            }
        }
    }

    [Test]
    public void The_counted_divergence_and_fact_count_equal_the_definition_over_the_fact_sets()
    {
        NetworkState[] states = [.. ReachableStates().Where((_, i) => i % 23 == 0)];
        foreach (NetworkState a in states)
        {
            Assert.That(NetworkMetrics.FactCount(a), Is.EqualTo(a.Facts().Count));
            foreach (NetworkState b in states.Append(NetDelta.Apply(a, [NetEdit.HostUp("h99")])))
            {
                HashSet<string> difference = a.Facts();
                difference.SymmetricExceptWith(b.Facts());
                double byDefinition = (double)difference.Count / (a.Facts().Count + b.Facts().Count);
                Assert.That(NetworkMetrics.Divergence(a, b), Is.EqualTo(byDefinition));
            }
        }
    }

    [Test]
    public void A_delta_needs_no_bits_to_correct_itself_and_a_clock_only_difference_costs_two_facts()
    {
        foreach (var (action, transition) in NetworkRollout.Run(Config, "adversarial", 101, 200))
        {
            Assert.That(NetworkMetrics.BitsToCorrect(transition.Delta, transition.Delta), Is.Zero, action.Raw);
            Assert.That(NetworkMetrics.DeltaExact(transition.Delta, transition.Delta), Is.True);
        }
        NetworkState s = NetworkState.Initial(Config);
        Assert.That(NetworkMetrics.Divergence(s, NetDelta.Apply(s, [NetEdit.ClockAdvance(1)])), Is.EqualTo(2.0 / (2 * s.Facts().Count)));
    }

    [Test]
    public void The_null_proposers_divergence_at_rho_0_matches_the_reference()
    {
        // The null proposer's coupled state never changes (section 12.5): d_t = d(s_0, s_{t+1}).
        NetworkState initial = NetworkState.Initial(Config);
        var divergences = NetworkRollout.Run(Config, "weighted", 100, 8)
            .Select(step => NetworkMetrics.Divergence(initial, step.Transition.Next).ToString("R", CultureInfo.InvariantCulture));
        Assert.That(divergences, Is.EqualTo(new[]
        {
            "0.06666666666666667", "0.2", "0.2", "0.2", "0.2", "0.2", "0.25", "0.25",
        }));
    }

    [Test]
    public void The_faithful_horizon_is_the_first_step_strictly_above_epsilon_or_the_length()
    {
        double[] d = [0.0, 0.05, 0.05, 0.2, 0.0];
        Assert.That(NetworkMetrics.FaithfulHorizon(d, 0.0), Is.EqualTo(1));
        Assert.That(NetworkMetrics.FaithfulHorizon(d, 0.05), Is.EqualTo(3));
        Assert.That(NetworkMetrics.FaithfulHorizon(d, 0.2), Is.EqualTo(5));
        Assert.That(NetworkMetrics.FaithfulHorizon([0.1], 0.0), Is.Zero);
    }

    [TestCase("", "empty action")]
    [TestCase("   ", "empty action")]
    [TestCase("reboot h1", "unknown command 'reboot'")]
    [TestCase("link_up h1", "link_up takes 2 arguments, got 1")]
    [TestCase("advance now", "advance takes 0 arguments, got 1")]
    [TestCase("svc_up h1 http", "port 'http' is not a base-10 integer")]
    public void Unparsable_action_text_is_an_error_naming_the_text_and_the_reason(string text, string reason)
    {
        var error = Assert.Throws<ActionParseError>(() => NetAction.Parse(text));
        Assert.That(error!.Message, Does.Contain($"'{text}'").And.Contain(reason));
    }

    [Test]
    public void Parsing_trims_and_folds_whitespace_and_keeps_the_port_token_verbatim()
    {
        NetAction action = NetAction.Parse("  svc_up \t h1   +22 ");
        Assert.That(action.Raw, Is.EqualTo("svc_up h1 +22"));
        Assert.That(action.Port, Is.EqualTo(22));
    }

    [Test]
    public void Close_never_validates_hosts_and_connect_checks_reachability_before_an_open_flow()
    {
        NetworkState s = NetworkState.Initial(Config);
        Assert.That(NetworkOracle.Step(s, NetAction.Parse("close nowhere h1 22")).ExitCode, Is.EqualTo(1));
        Assert.That(NetworkOracle.Step(s, NetAction.Parse("connect nowhere h1 22")).ExitCode, Is.EqualTo(2));
        Assert.That(NetworkOracle.Step(s, NetAction.Parse("link_up h1 h1")).ExitCode, Is.EqualTo(2));
        // Loopback ignores the firewall.
        NetworkState served = NetworkOracle.Step(NetworkOracle.Step(s, NetAction.Parse("svc_up h1 22")).Next, NetAction.Parse("fw_deny h1 h1")).Next;
        Assert.That(NetworkOracle.Step(served, NetAction.Parse("connect h1 h1 22")).ExitCode, Is.Zero);
    }
}
