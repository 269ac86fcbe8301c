using System.Globalization;
using System.Text;
using System.Text.Json;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Output;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>The capability gap report of any campaign world: the same campaign on each of the world's
/// weaker foundations (<see cref="ICampaignWorld.WeakerFoundations"/>); for each, which scenarios fail
/// and at which depths, whether an orchestration change could fix that, the missing capability, and
/// the evidence. Written as Markdown and as canonical JSON.</summary>
public static class GapReport
{
    /// <summary>Writes NAME-gaps.md and NAME-gaps.json; returns their paths.</summary>
    public static IReadOnlyList<string> Write(ICampaignWorld campaign, IReadOnlyList<FoundationGap> gaps, string directory)
    {
        string stem = Path.Combine(directory, campaign.Name + "-gaps");
        AtomicFile.WriteBytes(stem + ".md", new UTF8Encoding(false).GetBytes(Markdown(campaign, gaps)));
        AtomicFile.WriteBytes(stem + ".json", [.. CanonicalJson.Write(writer => WriteJson(writer, campaign, gaps)), (byte)'\n']);
        return [stem + ".md", stem + ".json"];
    }

    /// <summary>The report as Markdown.</summary>
    public static string Markdown(ICampaignWorld campaign, IReadOnlyList<FoundationGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(gaps);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Capability gap report: {campaign.Name}\n\n");
        text.Append("The campaign on weaker foundations, each missing one capability, on the first ")
            .Append(gaps.Count == 0 ? 0 : gaps[0].Cells[0].Seeds.Count).Append(" seeds of its bank.\n\n");
        text.Append("| foundation | missing capability | scenarios that fail | orchestration can fix it |\n|---|---|---|---|\n");
        foreach (FoundationGap gap in gaps)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {gap.Foundation.Name} | {gap.Foundation.MissingCapability} | {Failing(gap)} | ")
                .Append(gap.Failing.Count == 0 ? "nothing to fix" : gap.Foundation.OrchestrationCanFix ? "yes" : "no: missing foundation capability").Append(" |\n");
        }
        foreach (FoundationGap gap in gaps)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {gap.Foundation.Name}\n\n");
            if (gap.Failing.Count == 0)
            {
                text.Append("No scenario fails: the orchestration does not depend on what this foundation lacks.\n");
                continue;
            }
            text.Append(gap.Foundation.OrchestrationCanFix
                ? $"An orchestration change could fix this: {gap.Foundation.Reason}.\n\n"
                : $"Missing foundation capability: {gap.Foundation.MissingCapability}. No orchestration change can fix it: {gap.Foundation.Reason}.\n\n");
            foreach (CellVerdict cell in gap.Failing)
            {
                SeedVerdict failure = cell.FirstFailure!;
                text.Append(CultureInfo.InvariantCulture, $"- {cell.Scenario.Name} at {cell.Depth.Name}: {cell.Verdict} on {cell.Seeds.Count - cell.SeedsHeld} of {cell.Seeds.Count} seeds; ")
                    .Append(failure.Summary)
                    .Append(CultureInfo.InvariantCulture, $" (replay: `{ViolationMatrix.ReplayCommand(campaign, cell, failure.Seed)} --foundation {gap.Foundation.Name}`)\n");
            }
        }
        return text.ToString();
    }

    /// <summary>The report as JSON (also the signed predicate's gap report).</summary>
    public static void WriteJson(Utf8JsonWriter writer, ICampaignWorld campaign, IReadOnlyList<FoundationGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (FoundationGap gap in gaps)
        {
            writer.WriteStartObject();
            writer.WriteString("foundation", gap.Foundation.Name);
            writer.WriteString("missingCapability", gap.Foundation.MissingCapability);
            writer.WriteBoolean("orchestrationCanFix", gap.Foundation.OrchestrationCanFix);
            writer.WriteString("reason", gap.Foundation.Reason);
            writer.WriteStartArray("failing");
            foreach (CellVerdict cell in gap.Failing)
            {
                SeedVerdict failure = cell.FirstFailure!;
                writer.WriteStartObject();
                writer.WriteString("scenario", cell.Scenario.Name);
                writer.WriteString("depth", cell.Depth.Name);
                writer.WriteString("verdict", cell.Verdict);
                writer.WriteNumber("seed", failure.Seed);
                writer.WriteString("step", failure.Step?.ToString(CultureInfo.InvariantCulture) ?? "");
                writer.WriteString("operation", failure.Operation);
                writer.WriteString("detail", failure.Vacuity ?? failure.Detail);
                writer.WriteString("fingerprint", failure.Fingerprint);
                writer.WriteString("replay", ViolationMatrix.ReplayCommand(campaign, cell, failure.Seed) + " --foundation " + gap.Foundation.Name);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static string Failing(FoundationGap gap) => gap.Failing.Count == 0 ? "none"
        : string.Join(", ", gap.Failing.GroupBy(cell => cell.Scenario.Name).Select(group => $"{group.Key} ({string.Join(", ", group.Select(cell => cell.Depth.Name))})"));
}
