namespace Nexus.Experiments.Cli;

/// <summary>Reading the file a <c>--profile</c> option names. A missing file is an <see cref="OptionError"/>
/// naming the option; a bad profile is the loader's error naming the file, line and field; both reach the
/// user through <see cref="UserError"/> as one line and exit code 2.</summary>
internal static class ProfileFile
{
    /// <summary>The committed profile <paramref name="name"/> (<c>configs/profiles/NAME.yaml</c>) of the
    /// checkout this program was built in, found from where the program lies, so a default does not
    /// depend on the current directory.</summary>
    public static FileInfo Committed(string name)
    {
        string relative = Path.Combine("configs", "profiles", name + ".yaml");
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = new FileInfo(Path.Combine(folder.FullName, relative));
            if (candidate.Exists)
            {
                return candidate;
            }
        }
        return new FileInfo(relative);
    }

    /// <summary>Loads <paramref name="file"/>, given as <paramref name="option"/>, with <paramref name="load"/>.</summary>
    public static T Load<T>(FileInfo file, Func<string, T> load, string option = "--profile")
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(load);
        if (!file.Exists)
        {
            throw new OptionError($"{option}: no such file '{file.FullName}'");
        }
        return load(file.FullName);
    }
}
