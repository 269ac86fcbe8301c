using System.Globalization;
using System.Text;
using Nexus.Experiments.Output;
using ScottPlot;

namespace Nexus.Experiments.Coyote;

/// <summary>The study's outputs: NAME-iterations.csv (every reproducible hunt), NAME-iterations.png (the
/// median iterations to each bug per reproducible hunter, log scale) and the printed summary, which
/// alone has seconds and the hunters a fixed seed does not repeat.</summary>
public static class StrategyStudyOutput
{
    /// <summary>The CSV rows, in the order the hunts ran: the reproducible ones.</summary>
    public static IReadOnlyList<HuntRow> Rows(IReadOnlyList<HuntResult> results) =>
        [.. results.Where(result => result.Reproducible).Select(result => new HuntRow(result.Bug, result.Hunter,
            result.Hunter == StrategyStudyRunner.Swarm ? "" : result.Seed.ToString(CultureInfo.InvariantCulture),
            result.Iterations is not null, result.Iterations?.ToString(CultureInfo.InvariantCulture) ?? ""))];

    /// <summary>The median iterations to the bug over a hunter's seeds, a hunt that found nothing counting
    /// as more than any; null when most found nothing.</summary>
    public static double? Median(IEnumerable<HuntResult> hunts)
    {
        double[] sorted = [.. hunts.Select(hunt => hunt.Iterations is long n ? n : double.PositiveInfinity).Order()];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return double.IsPositiveInfinity(median) ? null : median;
    }

    /// <summary>Writes NAME-iterations.csv and NAME-iterations.png into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(CoyoteStudy study, IReadOnlyList<HuntResult> results, string directory)
    {
        ArgumentNullException.ThrowIfNull(study);
        string stem = Path.Combine(directory, study.Name + "-iterations");
        CsvFile.Write(stem + ".csv", Rows(results));
        AtomicFile.WriteTo(stem + ".png", path => Figure(study, [.. results.Where(result => result.Reproducible)]).SavePng(path, 1200, 600));
        return [stem + ".csv", stem + ".png"];
    }

    /// <summary>The printed summary: per bug and hunter, the median iterations to the bug, how many seeds
    /// found it, and the median wall-clock seconds of a hunt (which vary from run to run).</summary>
    public static string Summary(CoyoteStudy study, IReadOnlyList<HuntResult> results)
    {
        ArgumentNullException.ThrowIfNull(study);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"bug",-36} {"hunter",-22} {"median iterations",17} {"found",7} {"median s",9}");
        foreach (var group in results.GroupBy(result => (result.Bug, result.Hunter)))
        {
            double? median = Median(group);
            double[] seconds = [.. group.Select(hunt => hunt.Seconds).Order()];
            string iterations = median is double m ? m.ToString("0.#", CultureInfo.InvariantCulture) : "> " + Cap(study, group.Key.Hunter);
            string note = group.First().Reproducible ? "" : "  (not written: a fixed seed does not repeat it)";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{group.Key.Bug,-36} {group.Key.Hunter,-22} {iterations,17} {group.Count(h => h.Iterations is not null) + "/" + group.Count(),7} {seconds[seconds.Length / 2],9:0.00}{note}");
        }
        return text.ToString();
    }

    private static long Cap(CoyoteStudy study, string hunter) => hunter == StrategyStudyRunner.Swarm ? study.SwarmSeedsMax : study.IterationsMax;

    private static Plot Figure(CoyoteStudy study, IReadOnlyList<HuntResult> results)
    {
        string[] bugs = [.. results.Select(result => result.Bug).Distinct()];
        string[] hunters = [.. results.Select(result => result.Hunter).Distinct()];
        Color[] palette = [Colors.C0, Colors.C1, Colors.C2, Colors.C3, Colors.C4, Colors.C5, Colors.C6, Colors.C7, Colors.C8];
        const double below = -0.25;
        double top = Math.Log10(Math.Max(study.IterationsMax, study.SwarmSeedsMax));
        var plot = new Plot();
        var bars = new List<Bar>();
        double width = 0.8 / hunters.Length;
        for (int b = 0; b < bugs.Length; b++)
        {
            for (int h = 0; h < hunters.Length; h++)
            {
                double? median = Median(results.Where(result => result.Bug == bugs[b] && result.Hunter == hunters[h]));
                Color color = palette[h % palette.Length];
                bars.Add(new Bar
                {
                    Position = b - 0.4 + width * (h + 0.5),
                    Size = width * 0.9,
                    ValueBase = below,
                    Value = median is double m ? Math.Log10(m) : Math.Log10(Cap(study, hunters[h])),
                    FillColor = median is null ? color.WithAlpha(0.25) : color,
                    LineWidth = 0,
                });
            }
        }
        plot.Add.Bars(bars);
        for (int h = 0; h < hunters.Length; h++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = hunters[h], FillColor = palette[h % palette.Length] });
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "faded: not found in most seeds (bar at the cap)", FillColor = Colors.Gray.WithAlpha(0.25) });
        plot.ShowLegend(Alignment.UpperRight);
        double[] decades = [.. Enumerable.Range(0, (int)Math.Floor(top) + 1).Select(d => (double)d)];
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(decades,
            [.. decades.Select(d => Math.Pow(10, d).ToString("0", CultureInfo.InvariantCulture))]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. bugs.Select((_, i) => (double)i)], bugs);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 20;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 140;
        plot.Axes.SetLimits(-0.6, bugs.Length - 0.4, below, top + 0.6);
        plot.Title($"{study.Name}: median iterations to the first bug ({study.Seeds.Count} Coyote seeds; swarm: seeds on virtual time)");
        plot.YLabel("iterations to bug (log scale)");
        return plot;
    }
}
