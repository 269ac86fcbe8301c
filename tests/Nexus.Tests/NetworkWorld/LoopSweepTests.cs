using Nexus.Experiments.Configuration;
using Nexus.Experiments.Loops;
using Nexus.Scenarios.Configuration;
using Nexus.Tests.Experiments;

namespace Nexus.Tests.NetworkWorld;

public sealed class LoopSweepTests
{
    private static string Committed => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "horizon-by-proposer.yaml"));

    private static ConfigError Reject(string text) =>
        Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml", text))!;

    [Test]
    public void The_committed_config_loads()
    {
        LoopSweepConfig config = LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml", Committed);
        Assert.That(config.Proposers.Select(p => p.Kind), Is.EqualTo(new[] { "null", "noisy", "noisy", "learned", "rules", "external", "oracle" }));
        Assert.That(config.Seeds, Has.Count.EqualTo(20));
    }

    [Test]
    public void An_unknown_key_is_rejected_with_file_line_and_field()
    {
        ConfigError error = Reject(Committed.Replace("  steps: 24", "  steps: 24\n  warmup: 3"));
        Assert.That(error.Message, Does.Match(@"^configs/horizon-by-proposer\.yaml:\d+: rollout\.warmup: unknown key"));
    }

    [Test]
    public void A_wrong_type_is_rejected_with_file_line_and_field()
    {
        ConfigError error = Reject(Committed.Replace("  steps: 24", "  steps: many"));
        Assert.That(error.Message, Does.Match(@"^configs/horizon-by-proposer\.yaml:\d+: rollout\.steps: expected a number, got 'many'"));
    }

    [Test]
    public void An_out_of_range_value_is_rejected_with_file_line_and_field()
    {
        ConfigError error = Reject(Committed.Replace("rho: [0, 0.05,", "rho: [1.5, 0.05,"));
        Assert.That(error.Message, Does.Match(@"^configs/horizon-by-proposer\.yaml:\d+: loop\.rho: must lie in \[0, 1\], got 1\.5"));
    }

    [Test]
    public void An_unknown_world_is_rejected_naming_the_known_ones_not_read_as_the_blackboard()
    {
        Assert.That(Reject(Committed.Replace("world: network", "world: ocean")).Message, Does.Match(@":\d+: world: unknown value 'ocean' \(known: network, blackboard\)"));
    }

    [Test]
    public void An_unknown_proposer_kind_or_driver_is_rejected_naming_the_known_ones()
    {
        Assert.That(Reject(Committed.Replace("kind: oracle", "kind: psychic")).Message, Does.Contain("proposers[6].kind: unknown value 'psychic' (known: null, oracle, rules, noisy, learned, external)"));
        Assert.That(Reject(Committed.Replace("[weighted, adversarial]", "[weighted, chaotic]")).Message, Does.Contain("unknown driver 'chaotic'"));
    }

    [Test]
    public void The_same_config_gives_the_same_rows()
    {
        LoopSweepConfig config = LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml", Committed) with
        {
            Seeds = [100, 101, 102],
            Proposers = [.. LoopSweepConfigLoader.Parse("configs/horizon-by-proposer.yaml", Committed).Proposers.Where(p => p.Kind != "external")],
        };
        var first = LoopSweeps.Rows(config);
        var second = LoopSweeps.Rows(config);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Where(row => row.Proposer == "oracle-backed").Select(row => row.HorizonMean), Has.All.EqualTo(24.0));
    }

    [Test]
    public void The_blackboard_config_loads_and_its_sweep_keeps_the_oracle_backed_proposer_faithful()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "blackboard-horizon.yaml"));
        LoopSweepConfig config = LoopSweepConfigLoader.Parse("configs/blackboard-horizon.yaml", text) with { Seeds = [1, 2, 3] };
        var rows = LoopSweeps.Rows(config);
        Assert.That(rows.Where(row => row.Proposer == "oracle-backed").Select(row => row.HorizonMean), Has.All.EqualTo(40.0));
        Assert.That(rows.Where(row => row.Proposer == "null" && row.Rho == 0).Select(row => row.HorizonMean), Has.All.LessThan(40.0));
    }

    [Test]
    public void A_blackboard_sweep_calibrates_a_triggered_policy_instead_of_running_the_fixed_one()
    {
        // Zero-signal proposers calibrate drift to never asking, so the backstop spends the budget at the
        // tail, exactly as the never policy does and unlike the fixed one.
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "blackboard-horizon.yaml"));
        IReadOnlyList<HorizonRow> Rows(string policy) => LoopSweeps.Rows(LoopSweepConfigLoader.Parse("configs/blackboard-horizon.yaml",
            text.Replace("policy: fixed", "policy: " + policy)) with { Seeds = [1, 2, 3] });
        Assert.That(Rows("drift"), Is.EqualTo(Rows("never")));
        Assert.That(Rows("drift"), Is.Not.EqualTo(Rows("fixed")));
    }

    [Test]
    public void A_blackboard_sweep_refuses_probes_and_network_only_proposers_naming_the_field()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "configs", "blackboard-horizon.yaml"));
        var probe = Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse("configs/blackboard-horizon.yaml", text.Replace("modes: [full]", "modes: [probe-random]")));
        Assert.That(probe!.Message, Does.Match(@"^configs/blackboard-horizon\.yaml:\d+: loop\.modes: the blackboard world consults fully only"));
        var learned = Assert.Throws<ConfigError>(() => LoopSweepConfigLoader.Parse("configs/blackboard-horizon.yaml",
            text.Replace("kind: oracle }", "kind: rules }")));
        Assert.That(learned!.Message, Does.Contain("proposers: the blackboard world takes null, oracle and noisy proposers, not 'rules'"));
    }

    [Test]
    public void Run_reports_a_bad_config_with_its_location_and_exit_code_2()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bad-{Environment.ProcessId}.yaml");
        File.WriteAllText(path, "name: nope\n");
        try
        {
            (int exitCode, string output) = NexusProcess.Run("run", path);
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(output, Does.Contain(path + ":1: name: must match the file name"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
