using System.Globalization;

namespace Nexus.Experiments.Cli;

/// <summary>A range of seeds as the commands take it: "first-last", inclusive, first not above last.</summary>
internal static class SeedRange
{
    public static bool TryParse(string text, out ulong first, out ulong last)
    {
        first = 0;
        last = 0;
        string[] bounds = text.Split('-');
        return bounds.Length == 2
            && ulong.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
            && ulong.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out last)
            && first <= last;
    }
}
