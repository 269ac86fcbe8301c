namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>Which orchestration to build. Only <see cref="Correct"/> is; the others are test-only
/// defects that the conformance check must catch.</summary>
public enum OrchestrationVariant
{
    /// <summary>The orchestration as specified.</summary>
    Correct,

    /// <summary>Test-only defect: anyone may release an Intent, not just its owner.</summary>
    ReleaseWithoutOwnerCheck,

    /// <summary>Test-only defect: the exchange does not check whether a Fact is already committed.</summary>
    ReplayGuardOff,
}
