using Nexus.Worlds.NetworkWorld;

namespace Nexus.Oracle.NetworkWorld.Loop;

/// <summary>Chooses which host a probe observes; asked only on consult steps, with the pre-step coupled state.</summary>
public interface IProbePolicy
{
    /// <summary>The host to observe.</summary>
    string Select(NetworkState coupled);
}
