namespace Nexus.Experiments.Benchmarks;

/// <summary>An earlier commit of this repository built in Release in a directory of its own, so a
/// benchmark can run the same workload on that code in the same run as on its own, on the machine as
/// it is now. The commit's files come from <c>git archive</c> (the checkout is not touched); the
/// directory is deleted when the build is disposed.</summary>
public sealed class BaselineBuild : IDisposable
{
    private const string Option = "--baseline";
    private readonly DirectoryInfo _directory;

    private BaselineBuild(string commit, DirectoryInfo directory)
    {
        Commit = commit;
        _directory = directory;
    }

    /// <summary>The commit built, its full hash.</summary>
    public string Commit { get; }

    /// <summary>Builds <paramref name="revision"/> (any git revision: HEAD~1, a hash, a tag) of the checkout
    /// holding the current directory; <paramref name="progress"/> hears of each step.</summary>
    public static BaselineBuild Create(string revision, Action<string> progress)
    {
        ArgumentException.ThrowIfNullOrEmpty(revision);
        ArgumentNullException.ThrowIfNull(progress);
        string root = ChildProcess.Run(Option, "git", ["rev-parse", "--show-toplevel"]).Trim();
        string commit = Resolve(root, revision);
        DirectoryInfo directory = Directory.CreateTempSubdirectory("nexus-baseline-");
        var build = new BaselineBuild(commit, directory);
        try
        {
            progress($"baseline: {revision} is {commit[..12]}; extracting it into {directory.FullName}");
            string archive = Path.Combine(directory.FullName, "source.tar");
            ChildProcess.Run(Option, "git", ["-C", root, "archive", "--format=tar", "-o", archive, commit]);
            ChildProcess.Run(Option, "tar", ["-xf", archive, "-C", directory.FullName]);
            progress($"baseline: building {commit[..12]} in Release");
            ChildProcess.Run(Option, "dotnet", ["build", "-c", "Release", "-nologo", "-v", "quiet", Path.Combine(directory.FullName, "experiments")]);
            return build;
        }
        catch
        {
            build.Dispose();
            throw;
        }
    }

    private static string Resolve(string root, string revision)
    {
        try
        {
            return ChildProcess.Run(Option, "git", ["-C", root, "rev-parse", "--verify", "--quiet", revision + "^{commit}"]).Trim();
        }
        catch (Cli.OptionError)
        {
            throw new Cli.OptionError($"{Option}: '{revision}' names no commit of the checkout at {root}");
        }
    }

    /// <summary>What the built <c>nexus</c> prints when run with <paramref name="arguments"/>.</summary>
    public string Run(IEnumerable<string> arguments) =>
        ChildProcess.Run(Option, "dotnet", [Path.Combine(_directory.FullName, "experiments", "bin", "Release", "net10.0", "nexus.dll"), .. arguments]);

    /// <summary><paramref name="arguments"/> (<c>bench</c> and the benchmark first) made one round of the
    /// benchmark on this build: with <c>--rounds 1</c> where it knows the option (before it, a benchmark
    /// ran one round).</summary>
    public IReadOnlyList<string> OneRound(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Run([.. arguments.Take(2), "--help"]).Contains("--rounds", StringComparison.Ordinal) ? [.. arguments, "--rounds", "1"] : arguments;
    }

    /// <summary>What this build's <c>nexus</c> prints when run with <paramref name="arguments"/> in a
    /// process of its own, as the baseline's is.</summary>
    public static string RunCurrent(IEnumerable<string> arguments) =>
        ChildProcess.Run(Option, "dotnet", [typeof(BaselineBuild).Assembly.Location, .. arguments]);

    /// <inheritdoc />
    public void Dispose() => _directory.Delete(recursive: true);
}
