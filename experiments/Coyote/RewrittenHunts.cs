using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Coyote.Rewriting;
using Nexus.Scenarios.Hunts;

namespace Nexus.Experiments.Coyote;

/// <summary>The seeded hunts of the scenario library's copy rewritten for Coyote (its build writes it to
/// <c>scenarios/bin/CONFIGURATION/net10.0/coyote/</c>), loaded beside this program: the Nexus assemblies of
/// that folder in a load context of their own, so Coyote controls them; everything else (Coyote, whose
/// testing engine runs here, and the packages) shared with this process. The copy is reached through
/// <see cref="HuntCatalogue.SeededEntries"/>, named by this program's own reference to the library;
/// only framework types cross between the two.</summary>
public sealed class RewrittenHunts
{
    /// <summary>The assemblies Coyote must control: rewritten, or the study refuses to run.</summary>
    private static readonly string[] ControlledAssemblies = ["Nexus.Engine", "Nexus.Worlds", "Nexus.Oracle", "Nexus.Scenarios"];

    private readonly IReadOnlyList<(string Bug, Func<Task> CoyoteTest, Func<ulong, string?> SwarmRun)> _seeded;

    private RewrittenHunts(IReadOnlyList<(string, Func<Task>, Func<ulong, string?>)> seeded) => _seeded = seeded;

    /// <summary>Loads the rewritten library <paramref name="path"/> with its seeded hunts behind the target
    /// profile in <paramref name="profilePath"/>. A missing file, a file that is no .NET assembly, an
    /// assembly that is not the scenario library, or one the coyote rewriter has not rewritten, is an
    /// exception naming it.</summary>
    public static RewrittenHunts Load(string path, string profilePath)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"no rewritten scenario library '{full}': build it with `dotnet build scenarios -c Release`", full);
        }
        var context = new ScenarioLoadContext(Path.GetDirectoryName(full)!);
        Assembly library = Loaded(full, () => context.LoadFromAssemblyPath(full));
        foreach (Assembly assembly in ControlledAssemblies.Select(name => Loaded(full, () => context.LoadFromAssemblyName(new AssemblyName(name)))))
        {
            if (!RewritingEngine.IsAssemblyRewritten(assembly))
            {
                throw new InvalidDataException($"{assembly.Location} is not rewritten for Coyote, which would report false bugs: " +
                    "use the copy in coyote/ that the scenario library's build writes");
            }
        }
        Type catalogue = library.GetType(typeof(HuntCatalogue).FullName!, throwOnError: false)
            ?? throw new InvalidDataException($"'{full}' is not the scenario library: it has no hunt catalogue");
        MethodInfo entries = catalogue.GetMethod(nameof(HuntCatalogue.SeededEntries))!;
        try
        {
            return new RewrittenHunts((IReadOnlyList<(string, Func<Task>, Func<ulong, string?>)>)entries.Invoke(null, [profilePath])!);
        }
        catch (TargetInvocationException failure) when (failure.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure.InnerException);
            throw;
        }
    }

    /// <summary>An assembly <paramref name="load"/> loads for the library at <paramref name="path"/>; a file
    /// that is no .NET assembly, or a dependency missing beside it, is an <see cref="InvalidDataException"/>.</summary>
    private static Assembly Loaded(string path, Func<Assembly> load)
    {
        try
        {
            return load();
        }
        catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new InvalidDataException($"'{path}' is not the rewritten scenario library with its dependencies beside it: {error.Message}");
        }
    }

    /// <summary>The seeded bugs, in the catalogue's order.</summary>
    public IReadOnlyList<string> SeededBugNames() => [.. _seeded.Select(entry => entry.Bug)];

    /// <summary>The Coyote test that hunts <paramref name="bug"/>.</summary>
    public Func<Task> CoyoteTest(string bug) => Entry(bug).CoyoteTest;

    /// <summary>One run of <paramref name="bug"/> on virtual time under swarm seed <paramref name="seed"/>: the failure, or null.</summary>
    public string? SwarmRun(string bug, ulong seed) => Entry(bug).SwarmRun(seed);

    private (string Bug, Func<Task> CoyoteTest, Func<ulong, string?> SwarmRun) Entry(string bug) => _seeded.Single(entry => entry.Bug == bug);

    /// <summary>The Nexus assemblies from the rewritten folder; everything else from this process.</summary>
    private sealed class ScenarioLoadContext(string directory) : AssemblyLoadContext("rewritten-scenarios")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || !name.Name.StartsWith("Nexus.", StringComparison.Ordinal))
            {
                return null;
            }
            string path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
