namespace Nexus.Engine.Faults;

/// <summary>Something a fault plan can break and mend: the network, a store set, a process.</summary>
public interface IFaultTarget
{
    /// <summary>True when this target knows how to suffer faults of <paramref name="kind"/>.</summary>
    bool Supports(FaultKind kind);

    /// <summary>Applies the start of <paramref name="window"/>.</summary>
    void Begin(FaultWindow window);

    /// <summary>Undoes <paramref name="window"/>.</summary>
    void End(FaultWindow window);
}
