using System.Globalization;
using System.Text;
using System.Text.Json;
using Nexus.Experiments.Campaigns;
using Nexus.Experiments.Output;
using ScottPlot;

namespace Nexus.Experiments.Attacks;

/// <summary>The spam sweep's outputs: NAME-spam.csv, a figure of honest throughput against spam rate
/// (a line per depth, without and with the Hint, the floor and the threshold marked), its Markdown
/// section and its part of the signed predicate.</summary>
public static class SpamSearchOutput
{
    /// <summary>The CSV rows: every point, in sweep order.</summary>
    public static IReadOnlyList<SpamRow> Rows(IReadOnlyList<SpamPoint> points, IReadOnlyList<SpamThreshold> thresholds) =>
        [.. points.Select(point =>
        {
            SpamThreshold threshold = thresholds.Single(t => t.Depth == point.Depth);
            return new SpamRow(point.Depth, point.Rate, point.Throttled ? threshold.Hint! : "", Math.Round(point.Completion, 4), Math.Round(point.Throughput, 4),
                Math.Round(threshold.Floor, 4), point.Throughput < threshold.Floor);
        })];

    /// <summary>Writes NAME-spam.csv and NAME-spam.png; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string name, IReadOnlyList<SpamPoint> points, IReadOnlyList<SpamThreshold> thresholds, string directory)
    {
        string stem = Path.Combine(directory, name + "-spam");
        CsvFile.Write(stem + ".csv", Rows(points, thresholds));
        var plot = new Plot();
        Color[] palette = [Colors.C0, Colors.C1, Colors.C2, Colors.C3];
        string[] depths = [.. points.Select(point => point.Depth).Distinct()];
        for (int d = 0; d < depths.Length; d++)
        {
            SpamThreshold threshold = thresholds.Single(t => t.Depth == depths[d]);
            foreach (bool throttled in new[] { false, true })
            {
                SpamPoint[] series = [.. points.Where(p => p.Depth == depths[d] && p.Throttled == throttled)];
                if (series.Length == 0)
                {
                    continue;
                }
                var line = plot.Add.Scatter(series.Select(p => p.Rate).ToArray(), series.Select(p => p.Throughput).ToArray());
                line.Color = palette[d % palette.Length];
                line.LinePattern = throttled ? LinePattern.Dashed : LinePattern.Solid;
                line.LineWidth = 2;
                line.MarkerSize = 6;
                line.LegendText = throttled ? $"{depths[d]}, with {threshold.Hint}" : $"{depths[d]}, no throttle";
            }
            var floor = plot.Add.HorizontalLine(threshold.Floor);
            floor.Color = palette[d % palette.Length].WithAlpha(0.5);
            floor.LinePattern = LinePattern.Dotted;
            floor.LegendText = string.Create(CultureInfo.InvariantCulture, $"{depths[d]} floor {threshold.Floor:0.##}");
            if (threshold.Rate is double rate)
            {
                var mark = plot.Add.VerticalLine(rate);
                mark.Color = palette[d % palette.Length].WithAlpha(0.5);
                mark.LegendText = string.Create(CultureInfo.InvariantCulture, $"{depths[d]} threshold {rate:0.##}/s");
            }
        }
        plot.Title($"{name}: honest throughput against Intent spam");
        plot.XLabel("spam rate (Intents per virtual second, open loop)");
        plot.YLabel("honest operations per virtual second");
        plot.ShowLegend(Alignment.MiddleRight);
        AtomicFile.WriteTo(stem + ".png", path => plot.SavePng(path, 800, 500));
        return [stem + ".csv", stem + ".png"];
    }

    /// <summary>The report page's section.</summary>
    public static ReportSection Section(IReadOnlyList<SpamThreshold> thresholds) =>
        new("spam-thresholds", "Spam threshold", "", ["depth", "floor (honest ops/s)", "threshold (spam/s)", "throttle Hint emitted", "recovers with it"],
            [.. thresholds.Select(t => new[]
            {
                t.Depth, t.Floor.ToString("0.###", CultureInfo.InvariantCulture), t.Rate?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none in the grid",
                t.Hint ?? "none", t.Hint is null ? "no throttle needed" : t.Recovered ? "yes" : "no",
            })]);

    /// <summary>The Markdown section.</summary>
    public static string Markdown(IReadOnlyList<SpamThreshold> thresholds)
    {
        var text = new StringBuilder("\n## Spam threshold\n\n| depth | floor (honest ops/s) | threshold (spam/s) | Hint emitted | throughput recovers above the floor with it |\n|---|---|---|---|---|\n");
        foreach (SpamThreshold t in thresholds)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {t.Depth} | {t.Floor:0.###} | {(t.Rate is double r ? r.ToString("0.##", CultureInfo.InvariantCulture) : "none in the grid")} | ")
                .Append(t.Hint ?? "none").Append(" | ").Append(t.Hint is null ? "(no throttle needed)" : t.Recovered ? "yes, at every rate from the threshold up" : "no, not at every rate from the threshold up").Append(" |\n");
        }
        return text.ToString();
    }

    /// <summary>The signed predicate's part: each depth's floor, threshold and Hint, and whether it recovered.</summary>
    public static void WriteJson(Utf8JsonWriter writer, IReadOnlyList<SpamThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (SpamThreshold t in thresholds)
        {
            writer.WriteStartObject();
            writer.WriteString("depth", t.Depth);
            writer.WriteString("floor", t.Floor.ToString("0.####", CultureInfo.InvariantCulture));
            writer.WriteString("threshold", t.Rate?.ToString("0.##", CultureInfo.InvariantCulture) ?? "");
            writer.WriteString("hint", t.Hint ?? "");
            writer.WriteBoolean("recovered", t.Recovered);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
