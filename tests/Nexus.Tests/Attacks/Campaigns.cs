using Nexus.Experiments.Attacks;
using Nexus.Experiments.Configuration;

namespace Nexus.Tests.Attacks;

/// <summary>The committed campaign, read as a researcher's run reads it, and small variants of it.</summary>
internal static class Campaigns
{
    public static string CommittedPath { get; } = Path.Combine(RepositoryPaths.Root, "configs", "attacks", "exchange-contract.yaml");

    public static string CommittedText { get; } = File.ReadAllText(CommittedPath);

    public static AttackCampaign Committed { get; } = AttackCampaignLoader.Load(CommittedPath);

    /// <summary>The committed campaign on its first <paramref name="seeds"/> seeds.</summary>
    public static AttackCampaign FirstSeeds(int seeds) => Committed with { Seeds = [.. Committed.Seeds.Take(seeds)] };

    /// <summary>The verdict of every cell, "scenario@depth=VERDICT", in matrix order.</summary>
    public static string[] Vector(IReadOnlyList<CellVerdict> cells) => [.. cells.Select(cell => $"{cell.Scenario.Name}@{cell.Depth.Name}={cell.Verdict}")];

    public static IReadOnlyList<CellVerdict> Run(AttackCampaign campaign) => CampaignRunner.Run(campaign, CampaignSelection.All, (_, _) => { });
}
