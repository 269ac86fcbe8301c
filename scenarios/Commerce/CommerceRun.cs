using Nexus.Engine.Runtime;
using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Commerce;

/// <summary>One seeded run of the private-commerce scenario on virtual time, judged by the four joint validators.</summary>
public static class CommerceRun
{
    /// <summary>Runs <paramref name="options"/> to completion and validates its trace.</summary>
    public static CommerceRunResult OnVirtualTime(CommerceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(options.Seed));
        using CommerceWorld world = CommerceWorld.Start(runtime, options);
        runtime.RunToCompletion();
        return new CommerceRunResult([.. world.Events], world.Declared, world.Fingerprint(), CommerceValidators.Run(world.Events, world.Declared));
    }
}
