using System.Text.Json;

namespace Nexus.Experiments.Campaigns;

/// <summary>What a world's own outputs add to the core's: the files written, figures for the report page
/// (caption, PNG path), Markdown appended to the matrix's, the proof predicate's extra sections (name,
/// writer), and the report page's sections.</summary>
public sealed record CampaignExtrasOutput(
    IReadOnlyList<string> Files,
    IReadOnlyList<(string Caption, string PngPath)> Figures,
    string MatrixAppendix,
    IReadOnlyList<(string Name, Action<Utf8JsonWriter> Write)> ProofSections,
    IReadOnlyList<ReportSection> PageSections);
