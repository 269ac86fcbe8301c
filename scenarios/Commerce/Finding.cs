namespace Nexus.Scenarios.Commerce;

/// <summary>What a scenario's own check found wrong with a run: it failed (<see cref="Vacuous"/> false),
/// or it proved nothing because the attack never acted (true), and why.</summary>
public sealed record Finding(bool Vacuous, string Detail)
{
    /// <summary>The check failed.</summary>
    public static Finding Failed(string detail) => new(false, detail);

    /// <summary>The run proved nothing.</summary>
    public static Finding Missing(string detail) => new(true, "evidence is missing: " + detail);
}
