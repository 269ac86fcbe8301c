using System.Globalization;
using System.Text.RegularExpressions;

namespace Nexus.Experiments.Benchmarks;

/// <summary>Reading back what a benchmark printed (its own, or a baseline build's): the lines of an
/// output, and the numbers its patterns captured, written with thousands separators.</summary>
internal static class BenchOutput
{
    /// <summary>The lines of <paramref name="output"/>, without their line ends.</summary>
    public static IEnumerable<string> Lines(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.Split('\n').Select(line => line.TrimEnd('\r'));
    }

    /// <summary>The number <paramref name="match"/> captured as <paramref name="group"/>.</summary>
    public static double Number(Match match, string group) =>
        double.Parse(match.Groups[group].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
