namespace Nexus.Experiments.Campaigns;

/// <summary>A section a world adds to its report page after the matrix and the evidence: a heading, a
/// paragraph and a table, each of which may be empty (no paragraph, or no table, without rows and header).</summary>
public sealed record ReportSection(string Id, string Heading, string Text, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
