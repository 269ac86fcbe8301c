using Nexus.Engine.Randomness;
using Nexus.Oracle.NetworkWorld;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Tests.NetworkWorld;

/// <summary>The compact network state against its definitions: copy-on-write never changes an earlier
/// state, the counted fact difference equals the one over fact sets, connectivity equals a breadth-first
/// search by names, and host keys and remembered lookups never answer for the wrong table or hosts.</summary>
public sealed class CompactStateTests
{
    // 36 hosts put rows in the first chunk and in two more; unknown names grow the table past 40.
    private static readonly NetworkConfig Config = NetworkConfig.Scaled(36, 3);

    private static readonly string[] Unknown = ["x0", "x1", "x2", "x3", "x4", "x5"];

    private static readonly int[] Ports = [22, 80, 443, 7];

    /// <summary>A tree of states: each new one is a random delta applied to a random earlier one.</summary>
    private static List<NetworkState> Tree(ulong seed, int size, double unknownShare)
    {
        var random = new SimRandom(seed);
        string Host() => random.NextDouble() < unknownShare ? Unknown[random.Next(Unknown.Length)] : Config.Hosts[random.Next(Config.Hosts.Count)];
        var states = new List<NetworkState> { NetworkState.Initial(Config) };
        while (states.Count < size)
        {
            var delta = new List<NetEdit>();
            for (int e = random.Next(1, 4); e > 0; e--)
            {
                int port = Ports[random.Next(Ports.Length)];
                delta.Add((NetEditKind)random.Next(12) switch
                {
                    NetEditKind.HostUp => NetEdit.HostUp(Host()),
                    NetEditKind.HostDown => NetEdit.HostDown(Host()),
                    NetEditKind.LinkAdd => NetEdit.LinkAdd(Host(), Host()),
                    NetEditKind.LinkDel => NetEdit.LinkDel(Host(), Host()),
                    NetEditKind.SvcUp => NetEdit.SvcUp(Host(), port),
                    NetEditKind.SvcDown => NetEdit.SvcDown(Host(), port),
                    NetEditKind.FwDeny => NetEdit.FwDeny(Host(), Host()),
                    NetEditKind.FwAllow => NetEdit.FwAllow(Host(), Host()),
                    NetEditKind.FlowOpen => NetEdit.FlowOpen(Host(), Host(), port),
                    NetEditKind.FlowClose => NetEdit.FlowClose(Host(), Host(), port),
                    NetEditKind.ClockAdvance => NetEdit.ClockAdvance(1),
                    _ => NetEdit.SetResult(random.Next(3)),
                });
            }
            // Favour recent states so that branches grow deep as well as wide.
            int parent = Math.Max(0, states.Count - 1 - random.Next(Math.Min(states.Count, 8)));
            states.Add(NetDelta.Apply(states[parent], delta));
        }
        return states;
    }

    private static int DefinedDifference(NetworkState a, NetworkState b)
    {
        HashSet<string> difference = a.Facts();
        difference.SymmetricExceptWith(b.Facts());
        return difference.Count;
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Deriving_states_never_changes_an_earlier_one(ulong seed)
    {
        var states = new List<NetworkState> { NetworkState.Initial(Config) };
        var canonical = new List<string> { states[0].Canonical() };
        foreach (NetworkState state in Tree(seed, 300, 0.05))
        {
            states.Add(state);
            canonical.Add(state.Canonical());
        }
        Assert.That(states.Select(state => state.Canonical()), Is.EqualTo(canonical));
        Assert.That(Tree(seed, 300, 0.05).Select(state => state.Canonical()), Is.EqualTo(canonical.Skip(1)));
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void The_counted_fact_difference_equals_the_definition_within_a_lineage_and_across_tables(ulong seed)
    {
        var random = new SimRandom(seed ^ 0x5EED);
        foreach (double unknownShare in new[] { 0.0, 0.1 })
        {
            List<NetworkState> states = Tree(seed, 200, unknownShare);
            for (int pair = 0; pair < 300; pair++)
            {
                NetworkState a = states[random.Next(states.Count)];
                NetworkState b = states[random.Next(states.Count)];
                int defined = DefinedDifference(a, b);
                Assert.That(a.FactDifference(b), Is.EqualTo(defined));
                Assert.That(a.Equals(b), Is.EqualTo(defined == 0));
                Assert.That(a.Equals(b), Is.EqualTo(a.Canonical() == b.Canonical()));
            }
            Assert.That(states.Select(state => state.FactCount), Is.EqualTo(states.Select(state => state.Facts().Count)));
        }
    }

    [TestCaseSource(typeof(SeedBank), nameof(SeedBank.Seeds))]
    public void Connectivity_equals_a_breadth_first_search_by_names(ulong seed)
    {
        string[] names = [.. Config.Hosts, .. Unknown];
        foreach (NetworkState state in Tree(seed, 120, 0.05).Where((_, i) => i % 6 == 0))
        {
            foreach (string source in names)
            {
                HashSet<string> reached = Search(state, source);
                foreach (string destination in names)
                {
                    Assert.That(state.Connected(source, destination), Is.EqualTo(reached.Contains(destination)), $"{source} -> {destination} in {state.Canonical()}");
                }
            }
        }
    }

    /// <summary><c>C(s, src)</c> as docs/network-world.md, Reachability states it, over names.</summary>
    private static HashSet<string> Search(NetworkState state, string source)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        if (!state.IsUp(source))
        {
            return reached;
        }
        var frontier = new Queue<string>([source]);
        reached.Add(source);
        while (frontier.TryDequeue(out string? host))
        {
            foreach (LinkKey link in state.Links.Where(link => state.IsUp(link.A) && state.IsUp(link.B)))
            {
                string? next = link.A == host ? link.B : link.B == host ? link.A : null;
                if (next is not null && reached.Add(next))
                {
                    frontier.Enqueue(next);
                }
            }
        }
        return reached;
    }

    [Test]
    public void A_key_resolved_in_one_lineage_answers_by_name_in_another()
    {
        NetworkState small = NetDelta.Apply(NetworkState.Initial(NetworkConfig.Scaled(5, 3)), [NetEdit.HostDown("h3"), NetEdit.SvcUp("x1", 80)]);
        NetworkState large = NetDelta.Apply(NetworkState.Initial(Config), [NetEdit.SvcUp("h3", 80), NetEdit.FwDeny("h30", "h3")]);
        HostKey h3 = small.Key("h3");
        HostKey x1 = large.Key("x1"); // unknown there
        HostKey h30 = large.Key("h30");
        Assert.That((large.IsUp(h3), large.HasService(h3, 80), small.IsUp(h3)), Is.EqualTo((true, true, false)));
        Assert.That((small.IsKnown(x1), small.HasService(x1, 80), large.IsKnown(x1)), Is.EqualTo((true, true, false)));
        Assert.That((large.Denies(h30, h3), small.IsKnown(h30)), Is.EqualTo((true, false)));
    }

    [Test]
    public void An_actions_remembered_lookup_is_not_reused_for_other_hosts()
    {
        NetworkState state = NetworkState.Initial(Config);
        NetAction down = NetAction.Parse("host_down h1");
        Assert.That(NetworkOracle.Step(state, down).Delta[0], Is.EqualTo(NetEdit.HostDown("h1")));
        NetAction other = down with { Hosts = ["h2"] };
        NetTransition transition = NetworkOracle.Step(state, other);
        Assert.That(transition.Delta[0], Is.EqualTo(NetEdit.HostDown("h2")));
        Assert.That((transition.Next.IsUp("h1"), transition.Next.IsUp("h2")), Is.EqualTo((true, false)));
        NetworkState grown = NetDelta.Apply(state, [NetEdit.HostUp("x0")]);
        NetAction unknown = NetAction.Parse("host_down x0");
        Assert.That(NetworkOracle.Step(state, unknown).ExitCode, Is.EqualTo(2));
        Assert.That(NetworkOracle.Step(grown, unknown).Delta[0], Is.EqualTo(NetEdit.HostDown("x0")));
    }

    [Test]
    public void An_edit_that_changes_nothing_gives_back_the_state_itself()
    {
        NetworkState state = NetDelta.Apply(NetworkState.Initial(Config), [NetEdit.SvcUp("h20", 80), NetEdit.LinkAdd("h1", "h2")]);
        NetworkState same = NetDelta.Apply(state, [NetEdit.HostUp("h20"), NetEdit.SvcUp("h20", 80), NetEdit.LinkAdd("h2", "h1"), NetEdit.SetResult(0)]);
        Assert.That(same, Is.SameAs(state));
        NetworkState changed = NetDelta.Apply(state, [NetEdit.SvcUp("h20", 443)]);
        Assert.That(changed, Is.Not.SameAs(state));
        Assert.That(changed.Host("h20")!.Services, Is.EqualTo(new[] { 80, 443 }));
        Assert.That(state.Host("h20")!.Services, Is.EqualTo(new[] { 80 }));
        Assert.That(string.Join(' ', changed.HostNames.Take(4)), Is.EqualTo("h0 h1 h10 h11"));
    }
}
