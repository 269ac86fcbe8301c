namespace Nexus.Worlds.Guards;

/// <summary>Which replay guard to build. Only <see cref="Atomic"/> is correct; the other exists so
/// that tests can show the interleaving checks catch the race it has.</summary>
public enum ReplayGuardVariant
{
    /// <summary>Claims the id before the first await: no interleaving can admit it twice.</summary>
    Atomic,

    /// <summary>Test-only defect: checks, awaits the write, then records, so two callers can both pass the check.</summary>
    CheckThenWrite,
}
