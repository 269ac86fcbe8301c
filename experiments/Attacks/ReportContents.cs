namespace Nexus.Experiments.Attacks;

/// <summary>What the report page shows beyond the matrix: the spam thresholds, the gap report, the game
/// checks, the figures already written (embedded), and the proof's digest and verification status.</summary>
public sealed record ReportContents(
    IReadOnlyList<SpamThreshold> Thresholds,
    IReadOnlyList<FoundationGap> Gaps,
    IReadOnlyList<GameResult> Games,
    IReadOnlyList<(string Caption, string PngPath)> Figures,
    string ProofDigest,
    string ProofStatus);
