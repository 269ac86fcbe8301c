using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Coyote.Rewriting;

namespace Nexus.Experiments.Coyote;

/// <summary>The built, rewritten Coyote test assembly, loaded beside this program: it and every assembly
/// of its folder (the rewritten Nexus assemblies above all, so Coyote controls them) in a load context
/// of their own; Coyote itself, whose testing engine runs here, and the framework shared with this process. Its hunts are reached through
/// the public static class <c>Nexus.Coyote.Tests.Hunts.HuntCatalogue</c>:
/// <c>SeededBugNames()</c>, <c>CoyoteTest(bug)</c> and <c>SwarmRun(bug, seed)</c>.</summary>
public sealed class HuntAssembly
{
    /// <summary>The type the hunts are reached through.</summary>
    public const string CatalogueType = "Nexus.Coyote.Tests.Hunts.HuntCatalogue";

    /// <summary>The assemblies Coyote must control: rewritten, or the study refuses to run.</summary>
    private static readonly string[] ControlledAssemblies = ["Nexus.Engine", "Nexus.Worlds", "Nexus.Oracle"];

    private readonly Type _catalogue;

    private HuntAssembly(Type catalogue) => _catalogue = catalogue;

    /// <summary>Loads the hunts in <paramref name="path"/>. A missing file, a missing catalogue, or an
    /// assembly the coyote rewriter has not rewritten is an <see cref="InvalidDataException"/> naming it.</summary>
    public static HuntAssembly Load(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"no hunt assembly '{full}': build it with `dotnet build tests/Nexus.Coyote.Tests -c Release`", full);
        }
        var context = new HuntLoadContext(System.IO.Path.GetDirectoryName(full)!);
        Assembly hunts = context.LoadFromAssemblyPath(full);
        foreach (Assembly assembly in ControlledAssemblies.Select(name => context.LoadFromAssemblyName(new AssemblyName(name))).Prepend(hunts))
        {
            if (!RewritingEngine.IsAssemblyRewritten(assembly))
            {
                throw new InvalidDataException($"{assembly.Location} is not rewritten for Coyote, which would report false bugs: " +
                    "use the assembly the Coyote test project's build writes (it rewrites after building)");
            }
        }
        Type catalogue = hunts.GetType(CatalogueType) ?? throw new InvalidDataException($"{full} has no {CatalogueType}");
        return new HuntAssembly(catalogue);
    }

    /// <summary>The seeded bugs, in the catalogue's order.</summary>
    public IReadOnlyList<string> SeededBugNames() => (IReadOnlyList<string>)Call("SeededBugNames")!;

    /// <summary>The Coyote test that hunts <paramref name="bug"/>.</summary>
    public Func<Task> CoyoteTest(string bug) => (Func<Task>)Call("CoyoteTest", bug)!;

    /// <summary>One run of <paramref name="bug"/> on virtual time under swarm seed <paramref name="seed"/>: the failure, or null.</summary>
    public string? SwarmRun(string bug, ulong seed) => (string?)Call("SwarmRun", bug, seed);

    private object? Call(string method, params object[] arguments)
    {
        MethodInfo target = _catalogue.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidDataException($"{CatalogueType} has no public static {method}");
        try
        {
            return target.Invoke(null, arguments);
        }
        catch (TargetInvocationException failure) when (failure.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure.InnerException);
            throw;
        }
    }

    /// <summary>Assemblies from the hunt assembly's folder, except Coyote's; the rest from this process.</summary>
    private sealed class HuntLoadContext(string directory) : AssemblyLoadContext("hunts")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || name.Name.StartsWith("Microsoft.Coyote", StringComparison.Ordinal))
            {
                return null;
            }
            string path = System.IO.Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
