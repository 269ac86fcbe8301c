using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>What the report page shows beyond the matrix and its evidence: the world's own sections, the
/// gap report, the figures already written (embedded), and the proof's digest and verification status.</summary>
public sealed record ReportContents(
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<FoundationGap> Gaps,
    IReadOnlyList<(string Caption, string PngPath)> Figures,
    string ProofDigest,
    string ProofStatus);
