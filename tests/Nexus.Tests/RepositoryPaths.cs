namespace Nexus.Tests;

/// <summary>Files of the repository the tests read (configs), found from the test binaries upward.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (Debug or Release), as their folder names it.</summary>
    public static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string Profile(string name) => Path.Combine(Root, "configs", "profiles", name + ".yaml");

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
