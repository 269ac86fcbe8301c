using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Configuration;

namespace Nexus.Tests.Attacks;

/// <summary>Campaign configs are read strictly: each mistake is one error naming the file, the line and
/// the field, and <c>nexus attack</c> then writes nothing.</summary>
public sealed class CampaignConfigTests
{
    private static readonly string Path = Campaigns.CommittedPath;

    [TestCase("scenario: replay", "scenario: teleport", "scenarios[5].scenario: unknown value 'teleport'")]
    [TestCase("role: sybil", "role: wizard", "scenarios[6].attackers[0].role: unknown value 'wizard'")]
    [TestCase("role: sybil", "role: poisoner", "scenarios[6].attackers[0].role: sybil's attackers are sybil, not poisoner")]
    [TestCase("workers: 4", "workers: 4\ndefence_off: firewall", "defence_off: unknown value 'firewall'")]
    [TestCase("{ role: replayer, count: 1,", "{ role: replayer, count: -1,", "scenarios[5].attackers[0].count: must lie in [0, 10000], got -1")]
    [TestCase("honest: { count: 32,", "honest: { count: -2,", "honest.count: must lie in [0, 10000], got -2")]
    [TestCase("surface: trait, actions: 150", "surface: overlay, actions: 150", "scenarios[4].attackers[0].surface: a spammer submits Intents")]
    [TestCase("payload: none, actions: 7, think_ms: 300 }\n      - { role: free-rider, count: 1, surface: overlay", "payload: invalid, actions: 7, think_ms: 300 }\n      - { role: free-rider, count: 1, surface: overlay", "payload: a free-rider contributes nothing")]
    [TestCase("    swarm: true", "    swarm: maybe", "depths[1].swarm: unknown value 'maybe' (known: true, false)")]
    public void A_bad_value_is_one_error_naming_file_line_and_field(string committed, string bad, string expected)
    {
        Assert.That(Campaigns.CommittedText, Does.Contain(committed), "the committed config changed; update the test");
        var error = Assert.Throws<ConfigError>(() => AttackCampaignLoader.Parse(Path, Campaigns.CommittedText.Replace(committed, bad, StringComparison.Ordinal)));
        Assert.That(error!.Message, Does.StartWith(Path + ":").And.Contain(expected));
        Assert.That(error.Line, Is.GreaterThan(1));
    }

    [Test]
    public void An_empty_seed_list_is_refused()
    {
        string text = System.Text.RegularExpressions.Regex.Replace(Campaigns.CommittedText, @"^seeds: .*$", "seeds: []", System.Text.RegularExpressions.RegexOptions.Multiline);
        var error = Assert.Throws<ConfigError>(() => AttackCampaignLoader.Parse(Path, text));
        Assert.That(error!.Message, Does.Contain("seeds: the list must not be empty"));
    }

    [Test]
    public void A_scenario_listed_twice_and_an_unknown_key_are_refused()
    {
        var twice = Assert.Throws<ConfigError>(() => AttackCampaignLoader.Parse(Path, Campaigns.CommittedText + "  - scenario: replay\n    attackers: [{ role: replayer, count: 1, surface: overlay, actions: 1, think_ms: 1 }]\n"));
        Assert.That(twice!.Message, Does.Contain("scenario 'replay' is listed twice"));
        var unknown = Assert.Throws<ConfigError>(() => AttackCampaignLoader.Parse(Path, Campaigns.CommittedText.Replace("workers: 4", "workers: 4\nwarp: 9", StringComparison.Ordinal)));
        Assert.That(unknown!.Message, Does.Contain("warp: unknown key"));
    }

    [Test]
    public void The_committed_campaign_has_every_scenario_four_workers_and_twenty_seeds_at_both_depths()
    {
        Assert.That(Campaigns.Committed.Scenarios.Select(s => s.Scenario.Name), Is.EqualTo(Nexus.Scenarios.Exchange.AttackScenario.All.Select(s => s.Name)));
        Assert.That(Campaigns.Committed.Workers, Is.GreaterThanOrEqualTo(4));
        Assert.That(Campaigns.Committed.Seeds, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(Campaigns.Committed.Depths.Select(d => d.Profile.Length == 0 ? "in-process" : d.Profile), Is.EqualTo(new[] { "in-process", "cf-workers" }));
        Assert.That(Campaigns.Committed.Depths[1].Swarm, Is.True);
        Assert.That(Campaigns.Committed.DefenceOff, Is.Null);
    }
}
