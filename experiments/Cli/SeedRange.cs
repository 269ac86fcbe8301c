using System.Globalization;

namespace Nexus.Experiments.Cli;

/// <summary>A range of seeds as the commands take it: "first-last", inclusive, first not above last.</summary>
internal static class SeedRange
{
    /// <summary>The <c>--seeds</c> option's range, at most <paramref name="countMax"/> seeds; anything else is an <see cref="OptionError"/>.</summary>
    public static (ulong First, ulong Last) Read(string text, ulong countMax)
    {
        if (TryParse(text, out ulong first, out ulong last) && last - first < countMax)
        {
            return (first, last);
        }
        throw new OptionError($"--seeds must be a range first-last with first <= last, at most {countMax} seeds, got '{text}'");
    }

    /// <summary>Parses "first-last"; false for anything else.</summary>
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
