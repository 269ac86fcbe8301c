using Nexus.Worlds.Commerce;

namespace Nexus.Scenarios.Commerce;

/// <summary>What one run of the private-commerce scenario leaves: its trace, the bids' declared
/// plaintexts, the trace's fingerprint, and the four validators' verdicts on them.</summary>
public sealed record CommerceRunResult(
    IReadOnlyList<CommerceEvent> Events,
    IReadOnlyDictionary<string, string> Declared,
    string Fingerprint,
    IReadOnlyList<ValidatorResult> Validators);
