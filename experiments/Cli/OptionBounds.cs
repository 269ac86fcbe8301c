using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Nexus.Experiments.Cli;

/// <summary>Bounds on numeric options, checked when the command line is parsed, so a bad count is an
/// error naming the option, never an exception from inside a benchmark.</summary>
internal static class OptionBounds
{
    /// <summary>Requires the option's value to lie in [<paramref name="min"/>, <paramref name="max"/>], and
    /// says so at the end of its description, so <c>--help</c> gives every bound.</summary>
    public static Option<T> Within<T>(this Option<T> option, T min, T max)
        where T : struct, INumber<T>
    {
        option.Description = string.Create(CultureInfo.InvariantCulture, $"{option.Description} [{min}, {max}]");
        option.Validators.Add(result =>
        {
            // A default is in range; a token that is no number is the parser's own error to report.
            if (result.Tokens.Count != 1 || !T.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out T value))
            {
                return;
            }
            // NaN compares false with every bound, so it is named outright.
            if (T.IsNaN(value) || value < min || value > max)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must lie in [{min}, {max}], got {value}"));
            }
        });
        return option;
    }
}
