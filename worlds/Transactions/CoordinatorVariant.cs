namespace Nexus.Worlds.Transactions;

/// <summary>Which coordinator to build. Only <see cref="Correct"/> is; the other exists so tests can
/// show the atomicity audit catches it.</summary>
public enum CoordinatorVariant
{
    /// <summary>Commits only when every participant voted yes in time.</summary>
    Correct,

    /// <summary>Test-only defect: a vote that never arrived (timeout, unavailable) counts as yes.</summary>
    TreatMissingVoteAsYes,
}
