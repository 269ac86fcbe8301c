using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Commerce;
using Nexus.Scenarios.Configuration;
using Nexus.Worlds.Commerce;

namespace Nexus.Tests.Commerce;

/// <summary>The private-commerce world through the campaign core: the committed config's matrix at both
/// depths, one-swap discrimination as whole verdict vectors (each swap flips exactly the cells it
/// should), each attack's own check shown to need its evidence, and the config read strictly.</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class CommerceCampaignTests
{
    private static readonly string ConfigPath = Path.Combine(RepositoryPaths.Root, "configs", "attacks", "private-commerce.yaml");

    private static readonly CommerceCampaign Committed = (CommerceCampaign)CampaignConfigLoader.Load(ConfigPath).World;

    private static readonly string[] BothDepths = ["depth-1", "depth-2"];

    private static CommerceCampaign FirstSeeds => Committed with { Seeds = [.. Committed.Seeds.Take(4)] };

    public static IEnumerable<TestCaseData> Swaps()
    {
        string[] every = [.. CommerceScenario.All.Select(scenario => scenario.Name)];
        // Every scenario sends sealed bids, so every cell's opacity validator fails in the clear.
        yield return new TestCaseData("privacy", every).SetArgDisplayNames("privacy");
        // Every scenario has the seed's wash-trading shill, whom the plain average lifts to 0.75.
        yield return new TestCaseData("trust", every).SetArgDisplayNames("trust");
        yield return new TestCaseData("signature-checks", new[] { "forged-receipt", "forged-nondelivery" }).SetArgDisplayNames("signature-checks");
        yield return new TestCaseData("stream-check", new[] { "unpaid-bid" }).SetArgDisplayNames("stream-check");
    }

    [Test]
    public void The_committed_campaign_holds_every_cell_at_both_depths()
    {
        IReadOnlyList<CellVerdict> cells = CampaignCells.Run(FirstSeeds, CampaignSelection.All, (_, _) => { });

        Assert.That(Vector(cells), Is.EqualTo(Expected([])));
        Assert.That(Committed.Seeds, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(Committed.Depths.Select(depth => $"{depth.Name}:{depth.Level}:{depth.Profile}"), Is.EqualTo(new[] { "depth-1:1:", "depth-2:2:cf-workers" }));
    }

    [TestCaseSource(nameof(Swaps))]
    public void One_swap_flips_exactly_its_cells(string swap, string[] flipped)
    {
        SwapOutcome outcome = OneSwapDiscrimination.Run(FirstSeeds, swap, (_, _) => { });

        Assert.That(Vector(outcome.Cells), Is.EqualTo(Expected(flipped)));
    }

    [Test]
    public void The_swaps_are_the_worlds_and_an_unknown_one_is_refused()
    {
        Assert.That(Swaps().Select(data => (string)data.Arguments[0]!), Is.EqualTo(Committed.Swaps));
        Assert.Throws<ArgumentException>(() => Committed.Swapped("firewall"));
    }

    [Test]
    public void Each_attacks_check_needs_its_attack_to_have_acted()
    {
        CommerceRunResult quiet = CommerceRun.OnVirtualTime(new CommerceOptions(1, PrivacyLayer.HybridX25519, TrustModel.AgentReceipts, CommerceOptions.Reliable));

        Assert.That(CommerceScenario.All.Where(scenario => scenario.Check is not null).Select(scenario => scenario.Check!(quiet)),
            Has.All.Matches<Finding?>(finding => finding is { Vacuous: true }), "run without the attack, every attack's own check says it proved nothing");
    }

    [Test]
    public void A_cell_replayed_in_a_second_process_prints_the_fingerprint_it_has_here()
    {
        var selection = new CampaignSelection("forged-receipt", "depth-2", 3);
        CellVerdict here = CampaignCells.Run(Committed, selection, (_, _) => { }).Single();

        (int exitCode, string output) = Nexus.Tests.Experiments.NexusProcess.RunIn(RepositoryPaths.Root,
            "attack", Path.Combine("configs", "attacks", "private-commerce.yaml"), "--scenario", "forged-receipt", "--depth", "depth-2", "--seed", "3");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain($"**forged-receipt at depth-2**: BLOCKED over 1 seeds").And.Contain($"fingerprint `{here.Fingerprint[..16]}`"));
    }

    [TestCase("privacy: hybrid-x25519", "privacy: rot13", "privacy: unknown value 'rot13'")]
    [TestCase("trust: agent-receipts", "trust: vibes", "trust: unknown value 'vibes'")]
    [TestCase("scenario: eavesdropper", "scenario: burglar", "scenarios[4].scenario: unknown value 'burglar'")]
    [TestCase("world: private-commerce", "world: atlantis", "world: unknown value 'atlantis'")]
    [TestCase("trust: agent-receipts", "trust: agent-receipts\ndefence_off: moat", "defence_off: unknown value 'moat'")]
    public void A_bad_value_is_one_error_naming_file_line_and_field(string committed, string bad, string expected)
    {
        string text = File.ReadAllText(ConfigPath);
        Assert.That(text, Does.Contain(committed), "the committed config changed; update the test");
        string path = Path.Combine(Path.GetTempPath(), "nexus-commerce-" + Guid.NewGuid().ToString("N"), "private-commerce.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace(committed, bad, StringComparison.Ordinal)
            .Replace("profile: ../profiles/cf-workers.yaml", "profile: " + RepositoryPaths.Profile("cf-workers"), StringComparison.Ordinal));
        try
        {
            var error = Assert.Throws<ConfigError>(() => CampaignConfigLoader.Load(path));
            Assert.That(error!.Message, Does.StartWith(path + ":").And.Contain(expected));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static string[] Vector(IReadOnlyList<CellVerdict> cells) => [.. cells.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}={cell.Verdict}")];

    private static string[] Expected(string[] flipped) =>
        [.. from scenario in CommerceScenario.All
            from depth in BothDepths
            select $"{scenario.Name}@{depth}=" + (flipped.Contains(scenario.Name) ? Verdict.Violated : scenario.Expected)];
}
