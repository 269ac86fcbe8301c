namespace Nexus.Experiments.Cli;

/// <summary>Where a command will write, checked before it starts any work: a place that is a file where a
/// folder must be (or the reverse), or that this process cannot write, is an error naming it, found in a
/// second rather than after the run. Nothing is created by the check: a folder that does not exist yet is
/// judged by its nearest existing parent.</summary>
internal static class OutputPlace
{
    /// <summary>Requires <paramref name="directory"/> (given as <paramref name="option"/>) to be a folder this process can write, or one it can create.</summary>
    public static void RequireWritableDirectory(string directory, string option)
    {
        string full = Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new OptionError($"{option}: '{directory}' is a file, not a folder");
        }
        RequireWritable(full, option, directory);
    }

    /// <summary>Requires <paramref name="file"/> (given as <paramref name="option"/>) to be a file this process can write into its folder.</summary>
    public static void RequireWritableFile(string file, string option)
    {
        string full = Path.GetFullPath(file);
        if (Directory.Exists(full))
        {
            throw new OptionError($"{option}: '{file}' is a folder, not a file");
        }
        RequireWritable(Path.GetDirectoryName(full)!, option, file);
    }

    private static void RequireWritable(string folder, string option, string given)
    {
        string existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new OptionError($"{option}: '{given}' lies under '{existing}', which is a file");
            }
            existing = Path.GetDirectoryName(existing) ?? throw new OptionError($"{option}: '{given}' has no existing parent folder");
        }
        try
        {
            using var probe = new FileStream(Path.Combine(existing, $".nexus-write-check-{Environment.ProcessId}"), FileMode.CreateNew, FileAccess.Write,
                FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception error) when (error is UnauthorizedAccessException or IOException)
        {
            throw new OptionError($"{option}: cannot write into '{existing}' ({error.Message})");
        }
    }
}
