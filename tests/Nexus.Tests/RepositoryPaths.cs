namespace Nexus.Tests;

/// <summary>Files of the repository the tests read (configs), found from the test binaries upward.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Profile(string name) => Path.Combine(Root, "configs", "profiles", name + ".yaml");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Nexus.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Nexus.sln not found above " + AppContext.BaseDirectory);
    }
}
