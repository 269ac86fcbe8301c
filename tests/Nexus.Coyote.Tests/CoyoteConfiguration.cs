using Microsoft.Coyote;

namespace Nexus.Coyote.Tests;

/// <summary>The Coyote settings every test here shares: a fixed seed, no telemetry (there is no network).</summary>
internal static class CoyoteConfiguration
{
    public const uint Seed = 20261125;

    public static Configuration For(uint iterations) => Configuration.Create()
        .WithTestingIterations(iterations)
        .WithRandomGeneratorSeed(Seed)
        .WithTelemetryEnabled(false);
}
