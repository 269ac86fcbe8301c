namespace Nexus.Experiments.Cli;

/// <summary>Reading the file a <c>--profile</c> option names. A missing file is an <see cref="OptionError"/>
/// naming the option; a bad profile is the loader's error naming the file, line and field; both reach the
/// user through <see cref="UserError"/> as one line and exit code 2.</summary>
internal static class ProfileFile
{
    /// <summary>Loads <paramref name="file"/> with <paramref name="load"/>.</summary>
    public static T Load<T>(FileInfo file, Func<string, T> load)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(load);
        if (!file.Exists)
        {
            throw new OptionError($"--profile: no such file '{file.FullName}'");
        }
        return load(file.FullName);
    }
}
