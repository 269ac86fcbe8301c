namespace Nexus.Tests;

/// <summary>Files of the repository the tests read (configs), found from the test binaries upward.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (Debug or Release), as their folder names it.</summary>
    public static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string Profile(string name) => Path.Combine(Root, "configs", "profiles", name + ".yaml");

    /// <summary>The committed demo public key.</summary>
    public static string DemoPublicKey => Path.Combine(Root, "configs", "attacks", "demo-signing.pub");

    /// <summary>The committed demo private key, made owner-only first as <c>reproduce.ps1</c> makes it: git
    /// keeps no file mode but the executable bit, so a clone has it readable by all, which nexus refuses.</summary>
    public static string DemoSigningKey
    {
        get
        {
            string path = Path.Combine(Root, "configs", "attacks", "demo-signing.key");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            return path;
        }
    }

    /// <summary>Searched from the test binaries (where the test runner or the coyote tool loaded them
    /// from), then from the working directory.</summary>
    private static string FindRoot()
    {
        string[] starts = [Path.GetDirectoryName(typeof(RepositoryPaths).Assembly.Location) ?? "", AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (string start in starts.Where(start => start.Length > 0))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Nexus.sln")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new InvalidOperationException("Nexus.sln not found above " + string.Join(" or ", starts));
    }
}
