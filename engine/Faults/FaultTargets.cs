using Nexus.Engine.Messaging;

namespace Nexus.Engine.Faults;

/// <summary>The targets one run's fault plan may name: the network (target <see cref="NetworkName"/>)
/// and any number of named store sets and processes, kept in name order.</summary>
public sealed class FaultTargets
{
    /// <summary>The name under which the network is a target.</summary>
    public const string NetworkName = "network";

    private readonly SortedDictionary<string, IFaultTarget> _targets = new(StringComparer.Ordinal);

    /// <summary>The network, when the run has one.</summary>
    public EmulatedNetwork? Network { get; private set; }

    /// <summary>Every target by name, in ordinal name order.</summary>
    public IReadOnlyDictionary<string, IFaultTarget> ByName => _targets;

    /// <summary>Targets holding just <paramref name="network"/>.</summary>
    public static FaultTargets Of(EmulatedNetwork network) => new FaultTargets().AddNetwork(network);

    /// <summary>Adds the network as the target <see cref="NetworkName"/>.</summary>
    public FaultTargets AddNetwork(EmulatedNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        Add(NetworkName, network);
        Network = network;
        return this;
    }

    /// <summary>Adds <paramref name="target"/> under <paramref name="name"/>; names are unique.</summary>
    public FaultTargets Add(string name, IFaultTarget target)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(target);
        if (!_targets.TryAdd(name, target))
        {
            throw new ArgumentException($"a fault target named '{name}' already exists", nameof(name));
        }
        return this;
    }

    /// <summary>The target named <paramref name="name"/>; an unknown name throws, listing the known ones.</summary>
    public IFaultTarget Get(string name) => _targets.TryGetValue(name, out IFaultTarget? target)
        ? target
        : throw new ArgumentException($"no fault target named '{name}' (known: {string.Join(", ", _targets.Keys)})", nameof(name));
}
