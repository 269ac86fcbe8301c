using Microsoft.Coyote.Rewriting;
using Nexus.Engine.Runtime;
using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Hunts;
using Nexus.Worlds.Storage;

namespace Nexus.Coyote.Tests;

/// <summary>The build rewrites every assembly whose code Coyote must control.</summary>
public sealed class RewrittenAssemblyTests
{
    [Test]
    public void Assemblies_under_test_are_rewritten_by_the_build()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(StoreSet).Assembly), Is.True, "Nexus.Worlds");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(TaskRuntime).Assembly), Is.True, "Nexus.Engine");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(ObservedBlackboard).Assembly), Is.True, "Nexus.Oracle");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(Hunt).Assembly), Is.True, "Nexus.Scenarios");
            Assert.That(RewritingEngine.IsAssemblyRewritten(typeof(RewrittenAssemblyTests).Assembly), Is.True, "tests");
        });
    }
}
