using System.Reflection;
using Nexus.Experiments.Attestation;

namespace Nexus.Tests.Attestation;

/// <summary>The code a proof names is all of nexus's own code: every Nexus assembly the command
/// references, directly or through another, is in the digest, so a change to a scenario's check (in the
/// scenario library) changes the code digest a proof carries.</summary>
public sealed class CodeVersionTests
{
    [Test]
    public void The_digest_covers_every_nexus_assembly_the_command_runs()
    {
        Assembly command = typeof(CodeVersion).Assembly;
        var found = new SortedSet<string>(StringComparer.Ordinal) { command.GetName().Name! };
        var pending = new Queue<AssemblyName>(command.GetReferencedAssemblies());
        while (pending.TryDequeue(out AssemblyName? name))
        {
            if (name.Name!.StartsWith("Nexus.", StringComparison.Ordinal) && found.Add(name.Name))
            {
                foreach (AssemblyName referenced in Assembly.Load(name).GetReferencedAssemblies())
                {
                    pending.Enqueue(referenced);
                }
            }
        }

        Assert.That(found, Does.Contain("Nexus.Scenarios"), "the walk over references found the scenario library");
        Assert.That(CodeVersion.Assemblies.Select(assembly => assembly.GetName().Name), Is.EquivalentTo(found));
    }
}
