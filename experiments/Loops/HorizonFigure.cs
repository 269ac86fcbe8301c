using System.Globalization;
using ScottPlot;

namespace Nexus.Experiments.Loops;

/// <summary>Draws H_ε(ρ) per proposer for one ε: the mean as a line with markers over a translucent
/// band for the bootstrap interval; labelled axes, a legend, readable at 800 px wide.</summary>
public static class HorizonFigure
{
    private static readonly Color[] Palette = [Colors.C0, Colors.C1, Colors.C2, Colors.C3, Colors.C4, Colors.C5];

    /// <summary>Writes <paramref name="pathStem"/>.png and .svg for the rows of <paramref name="epsilon"/>.</summary>
    public static void Write(IReadOnlyList<HorizonRow> rows, double epsilon, string title, string pathStem, int steps)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        string[] proposers = [.. rows.Select(row => row.Proposer).Distinct()];
        for (int i = 0; i < proposers.Length; i++)
        {
            HorizonRow[] series = [.. rows.Where(row => row.Proposer == proposers[i] && row.Epsilon == epsilon).OrderBy(row => row.Rho)];
            double[] rhos = [.. series.Select(row => row.Rho)];
            Color color = Palette[i % Palette.Length];
            var band = plot.Add.FillY(rhos, [.. series.Select(row => row.HorizonLow)], [.. series.Select(row => row.HorizonHigh)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineColor = color.WithAlpha(0.0);
            var line = plot.Add.Scatter(rhos, [.. series.Select(row => row.HorizonMean)]);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = proposers[i];
        }
        plot.Title(title);
        plot.XLabel("consultation rate ρ (fraction of steps the oracle may be consulted)");
        plot.YLabel(string.Create(CultureInfo.InvariantCulture, $"faithful horizon H_ε, ε = {epsilon} (steps of {steps})"));
        plot.Axes.SetLimitsY(0, steps + 1);
        plot.ShowLegend(Alignment.LowerRight);
        Save(pathStem + ".png", path => plot.SavePng(path, 800, 500));
        Save(pathStem + ".svg", path => plot.SaveSvg(path, 800, 500));
    }

    // Written beside the target and moved into place, so an interrupted run leaves no half-drawn figure.
    private static void Save(string path, Action<string> write)
    {
        string partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "partial-" + Path.GetFileName(path));
        write(partial);
        File.Move(partial, path, overwrite: true);
    }
}
