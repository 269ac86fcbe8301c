using Nexus.Engine.Randomness;
using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>Probes a configured host drawn with its own generator, independent of the driver's: one <c>choice</c> per probe.</summary>
public sealed class RandomProbe(NetworkConfig config, int seed) : IProbePolicy
{
    private readonly CPythonRandom _random = new(seed);

    /// <inheritdoc />
    public string Select(NetworkState coupled) => _random.Choice(config.Hosts);
}
