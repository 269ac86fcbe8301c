using System.Globalization;
using Nexus.Experiments.Output;
using ScottPlot;

namespace Nexus.Experiments.Loops;

/// <summary>Draws H_ε per proposer and mode for one ε, against ρ or oracle bits: the mean as a line with markers over a translucent
/// band for the bootstrap interval; labelled axes, a legend, readable at 800 px wide.</summary>
public static class HorizonFigure
{
    private static readonly Color[] Palette = [Colors.C0, Colors.C1, Colors.C2, Colors.C3, Colors.C4, Colors.C5, Colors.C6, Colors.C7, Colors.C8, Colors.C9];

    /// <summary>Writes <paramref name="pathStem"/>.png and .svg for the rows of <paramref name="epsilon"/>, one
    /// series per (proposer, mode), against ρ or, with <paramref name="againstBits"/>, against the mean oracle bits spent.</summary>
    public static void Write(IReadOnlyList<HorizonRow> rows, double epsilon, string title, string pathStem, int steps, bool againstBits)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        var keys = rows.Select(row => (row.Proposer, row.Mode)).Distinct().ToArray();
        bool severalModes = keys.Select(key => key.Mode).Distinct().Count() > 1;
        for (int i = 0; i < keys.Length; i++)
        {
            HorizonRow[] series = [.. rows.Where(row => (row.Proposer, row.Mode) == keys[i] && row.Epsilon == epsilon).OrderBy(row => row.Rho)];
            double[] rhos = [.. series.Select(row => againstBits ? row.OracleBitsMean : row.Rho)];
            Color color = Palette[i % Palette.Length];
            var band = plot.Add.FillY(rhos, [.. series.Select(row => row.HorizonLow)], [.. series.Select(row => row.HorizonHigh)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineColor = color.WithAlpha(0.0);
            var line = plot.Add.Scatter(rhos, [.. series.Select(row => row.HorizonMean)]);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = severalModes ? $"{keys[i].Proposer}, {keys[i].Mode}" : keys[i].Proposer;
        }
        plot.Title(title);
        plot.XLabel(againstBits ? "oracle bits spent per rollout (mean)" : "consultation rate ρ (fraction of steps the oracle may be consulted)");
        plot.YLabel(string.Create(CultureInfo.InvariantCulture, $"faithful horizon H_ε, ε = {epsilon} (steps of {steps})"));
        plot.Axes.SetLimitsY(0, steps + 1);
        plot.ShowLegend(Alignment.LowerRight);
        // Written beside the target and moved into place, so an interrupted run leaves no half-drawn figure.
        AtomicFile.WriteTo(pathStem + ".png", path => plot.SavePng(path, 800, 500));
        AtomicFile.WriteTo(pathStem + ".svg", path => plot.SaveSvg(path, 800, 500));
    }
}
