using System.Text.Json;
using System.Text.RegularExpressions;
using Nexus.Experiments.Attacks;
using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;

namespace Nexus.Tests.Attacks;

/// <summary>The committed campaign, read as a researcher's run reads it, and small variants of it.</summary>
internal static class Campaigns
{
    public static string CommittedPath { get; } = Path.Combine(RepositoryPaths.Root, "configs", "attacks", "exchange-contract.yaml");

    public static string CommittedText { get; } = File.ReadAllText(CommittedPath);

    public static AttackCampaign Committed { get; } = AttackCampaignLoader.Load(CommittedPath);

    /// <summary>The honest agents beside each attack in a test's campaign. The committed campaign runs 32
    /// (its outputs, which <c>reproduce.ps1</c> regenerates, are of that size); what a test here checks
    /// (verdicts, commands, files, signatures) does not depend on the count, and 32 added a minute to the suite.</summary>
    public const int TestHonest = 4;

    /// <summary>The committed campaign's text, runnable from any folder, on seed bank <paramref name="seeds"/>,
    /// with its spam sweep cut to two rates on one seed and its gap report to one foundation on one seed:
    /// a command's behaviour (exit codes, files, replays, signatures) at a fraction of the committed cost.</summary>
    public static string SmallText(string seeds = "[1]")
    {
        string text = CommittedText.Replace("profile: ../profiles/cf-workers.yaml", "profile: " + RepositoryPaths.Profile("cf-workers"), StringComparison.Ordinal);
        text = Regex.Replace(text, @"^seeds: .*$", "seeds: " + seeds, RegexOptions.Multiline);
        text = Regex.Replace(text, @"variants: \[[^\]]*\], seeds: 3 }", "variants: [object-store-without-cas], seeds: 1 }");
        text = Regex.Replace(text, @"^honest: \{ count: \d+,", $"honest: {{ count: {TestHonest},", RegexOptions.Multiline);
        string small = Regex.Replace(text, @"sweep: \{ rates: \[[^\]]*\], floor_fraction: 0.9, seeds: 5", "sweep: { rates: [0, 40], floor_fraction: 0.9, seeds: 1");
        Assert.That(small, Does.Contain("rates: [0, 40]").And.Contain("variants: [object-store-without-cas], seeds: 1").And.Contain($"honest: {{ count: {TestHonest},"),
            "the committed campaign's sweep, foundations or honest agents changed shape");
        return small;
    }

    /// <summary>The committed campaign with <see cref="TestHonest"/> honest agents.</summary>
    public static AttackCampaign Tested { get; } = Committed with { Honest = Committed.Honest with { Count = TestHonest } };

    /// <summary><see cref="Tested"/> on its first <paramref name="seeds"/> seeds.</summary>
    public static AttackCampaign FirstSeeds(int seeds) => Tested with { Seeds = [.. Committed.Seeds.Take(seeds)] };

    /// <summary>The verdict of every cell, "scenario@depth=VERDICT", in matrix order.</summary>
    public static string[] Vector(IReadOnlyList<CellVerdict> cells) => [.. cells.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}={cell.Verdict}")];

    /// <summary>The matrix, as <c>nexus attack --scenario/--depth/--seed</c> runs a selection (here all of it).</summary>
    public static IReadOnlyList<CellVerdict> Run(AttackCampaign campaign) => CampaignCells.Run(campaign, CampaignSelection.All, (_, _) => { });

    /// <summary>The spam search's results per depth in a whole campaign's runs.</summary>
    public static IReadOnlyList<SpamDepth> Spam(CampaignRuns runs) => [.. runs.Extras.Select(result => result.Deserialize<SpamDepth>(ShardFile.Json)!)];

    /// <summary>Every unit of <paramref name="campaign"/> as <c>nexus attack</c> runs a whole campaign (its
    /// sweep's units in order, one worker): the matrix, the spam threshold search and the gap report.</summary>
    public static CampaignRuns RunWhole(AttackCampaign campaign)
    {
        var sweep = CampaignSweep.Open(ExchangeExtras.Loaded(campaign), null, _ => { });
        return sweep.Runs(SweepExecutor.Run(sweep.Units, sweep.RunUnit, null, 1, (_, _) => { })!);
    }
}
