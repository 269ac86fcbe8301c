using System.Globalization;
using System.Text;
using Nexus.Experiments.Output;
using Nexus.Scenarios.Campaigns;
using ScottPlot;

namespace Nexus.Experiments.Campaigns;

/// <summary>The violation matrix of a campaign over any world: scenario x depth -> verdict, written as
/// CSV, as Markdown and as a figure, each atomically.</summary>
public static class ViolationMatrix
{
    /// <summary>The command that reruns one seed of one cell.</summary>
    public static string ReplayCommand(ICampaignWorld campaign, CellVerdict cell, int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"{Invocation.Nexus} attack {campaign.ConfigPath} --scenario {cell.Scenario.Name} --depth {cell.Depth.Name} --seed {seed}");

    /// <summary>The CSV's rows, in matrix order.</summary>
    public static IReadOnlyList<ViolationRow> Rows(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells) =>
        [.. cells.Select(cell =>
        {
            SeedVerdict? failure = cell.FirstFailure;
            return new ViolationRow(cell.Scenario.Name, cell.Depth.Name, cell.Scenario.Expected, cell.Verdict, cell.Seeds.Count, cell.SeedsViolated,
                cell.AttackerOperations, cell.HonestOperations, cell.Commits, cell.Fingerprint,
                failure?.Seed.ToString(CultureInfo.InvariantCulture) ?? "", failure?.Step?.ToString(CultureInfo.InvariantCulture) ?? "",
                failure?.Operation ?? "", failure is null ? "" : failure.Vacuity ?? failure.Detail, failure?.Fingerprint ?? "",
                failure is null ? "" : ReplayCommand(campaign, cell, failure.Seed));
        })];

    /// <summary>Writes NAME-matrix.csv, .md (ending with <paramref name="appendix"/>) and .png into <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> Write(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells, string directory, string appendix)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(cells);
        string stem = Path.Combine(directory, campaign.Name + "-matrix");
        CsvFile.Write(stem + ".csv", Rows(campaign, cells));
        AtomicFile.WriteBytes(stem + ".md", new UTF8Encoding(false).GetBytes(Markdown(campaign, cells) + appendix));
        DrawFigure(campaign, cells, stem + ".png");
        return [stem + ".csv", stem + ".md", stem + ".png"];
    }

    /// <summary>The matrix as Markdown: the verdict table, then each cell's evidence.</summary>
    public static string Markdown(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(cells);
        var text = new StringBuilder();
        string[] depths = [.. cells.Select(cell => cell.Depth.Name).Distinct()];
        text.Append(CultureInfo.InvariantCulture, $"# Violation matrix: {campaign.Name}\n\n");
        text.Append(campaign.Setting).Append(CultureInfo.InvariantCulture, $" Seeds per cell: {cells[0].Seeds.Count}. ")
            .Append(CultureInfo.InvariantCulture, $"Depths: {string.Join("; ", campaign.Depths.Select(Describe))}.\n\n");
        text.Append("| scenario | expected | ").Append(string.Join(" | ", depths)).Append(" |\n|---|---|").Append(string.Concat(depths.Select(_ => "---|"))).Append('\n');
        foreach (var row in cells.GroupBy(cell => cell.Scenario.Name))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Key} | {row.First().Scenario.Expected} | ");
            text.Append(string.Join(" | ", depths.Select(depth => row.SingleOrDefault(cell => cell.Depth.Name == depth) is CellVerdict cell
                ? string.Create(CultureInfo.InvariantCulture, $"{cell.Verdict} ({cell.SeedsHeld}/{cell.Seeds.Count})")
                : ""))).Append(" |\n");
        }
        text.Append("\n## Evidence\n\n");
        foreach (CellVerdict cell in cells)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **{cell.Scenario.Name} at {cell.Depth.Name}**: {cell.Verdict} over {cell.Seeds.Count} seeds; ")
                .Append(CultureInfo.InvariantCulture, $"{cell.AttackerOperations} attacker and {cell.HonestOperations} honest operations, {cell.Commits} commits; fingerprint `{cell.Fingerprint[..16]}`.");
            if (cell.FirstFailure is SeedVerdict failure)
            {
                text.Append(CultureInfo.InvariantCulture, $" First failure: {failure.Summary} (trace `{failure.Fingerprint[..16]}`). Replay: `{ReplayCommand(campaign, cell, failure.Seed)}`");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Describe(CampaignDepth depth) => $"{depth.Name} ({depth.RunsOn})";

    /// <summary>Scenario x depth, a tile per cell coloured by verdict, the verdict and the seeds that held written in it.</summary>
    private static void DrawFigure(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells, string path)
    {
        string[] scenarios = [.. cells.Select(cell => cell.Scenario.Name).Distinct()];
        string[] depths = [.. cells.Select(cell => cell.Depth.Name).Distinct()];
        var plot = new Plot();
        foreach (CellVerdict cell in cells)
        {
            double x = Array.IndexOf(depths, cell.Depth.Name);
            double y = scenarios.Length - 1 - Array.IndexOf(scenarios, cell.Scenario.Name);
            var tile = plot.Add.Rectangle(x + 0.03, x + 0.97, y + 0.05, y + 0.95);
            tile.FillColor = cell.Verdict switch
            {
                Verdict.Violated => Colors.IndianRed,
                Verdict.Error => Colors.Gray,
                _ => Colors.MediumSeaGreen,
            };
            tile.LineColor = Colors.White;
            var label = plot.Add.Text(string.Create(CultureInfo.InvariantCulture,
                $"{cell.Verdict}\n{cell.SeedsHeld}/{cell.Seeds.Count} seeds hold"), x + 0.5, y + 0.5);
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelFontSize = 13;
        }
        plot.Axes.Bottom.SetTicks([.. depths.Select((_, i) => i + 0.5)], depths);
        plot.Axes.Left.SetTicks([.. scenarios.Select((_, i) => scenarios.Length - 1 - i + 0.5)], scenarios);
        plot.Axes.SetLimits(0, depths.Length, 0, scenarios.Length);
        plot.Title($"{campaign.Name} ({campaign.SettingTitle})");
        plot.XLabel("depth");
        plot.Layout.Fixed(new PixelPadding(190, 20, 50, 40));
        AtomicFile.WriteTo(path, partial => plot.SavePng(partial, 800, 560));
    }
}
