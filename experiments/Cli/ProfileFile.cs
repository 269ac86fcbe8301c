using Nexus.Experiments.Configuration;

namespace Nexus.Experiments.Cli;

/// <summary>Reading the file a <c>--profile</c> option names: a missing file or a bad profile is one
/// line on standard error, naming the option or the file, line and field.</summary>
internal static class ProfileFile
{
    /// <summary>Loads <paramref name="file"/> with <paramref name="load"/>; false, having said why, when it cannot.</summary>
    public static bool TryLoad<T>(FileInfo file, Func<string, T> load, out T? value)
        where T : class
    {
        value = null;
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: --profile: no such file '{file.FullName}'");
            return false;
        }
        try
        {
            value = load(file.FullName);
            return true;
        }
        catch (ConfigError error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return false;
        }
    }
}
