using System.Security.Cryptography;
using System.Text.Json;
using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Attestation;

/// <summary>The in-toto Statement v1 a campaign signs. Subjects: the config (<c>config</c>, SHA-256 of
/// its bytes), the code (<c>code</c>, <see cref="CodeVersion"/>) and each cell
/// (<c>cell/SCENARIO/DEPTH</c>, its trace fingerprint). The predicate holds the campaign, its world's
/// setting (for the exchange contract: workers, the defence off, the Hints in force), its depths, the
/// seed bank, the violation matrix with each cell's evidence, and the further
/// sections the campaign produced (the spam thresholds, the gap report, the games).</summary>
public static class CampaignStatement
{
    /// <summary>The in-toto statement type.</summary>
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>What the predicate is.</summary>
    public const string PredicateType = "https://nexus-sim.dev/attack-campaign/v1";

    /// <summary>The subject name of a cell.</summary>
    public static string CellSubject(string scenario, string depth) => $"cell/{scenario}/{depth}";

    /// <summary>SHA-256 of a file, lowercase hex.</summary>
    public static string DigestOf(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The statement's canonical bytes.</summary>
    public static byte[] Encode(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells, string configDigest, string codeDigest,
        IReadOnlyList<(string Name, Action<Utf8JsonWriter> Write)> sections)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(sections);
        return CanonicalJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("_type", StatementType);
            writer.WriteStartArray("subject");
            Subject(writer, "config", configDigest);
            Subject(writer, "code", codeDigest);
            foreach (CellVerdict cell in cells)
            {
                Subject(writer, CellSubject(cell.Scenario.Name, cell.Depth.Name), cell.Fingerprint);
            }
            writer.WriteEndArray();
            writer.WriteString("predicateType", PredicateType);
            writer.WriteStartObject("predicate");
            writer.WriteString("campaign", campaign.Name);
            writer.WriteString("world", campaign.World);
            writer.WriteString("config", campaign.ConfigPath);
            campaign.WriteSetting(writer);
            writer.WriteStartArray("depths");
            foreach (CampaignDepth depth in campaign.Depths)
            {
                writer.WriteStartObject();
                writer.WriteString("name", depth.Name);
                writer.WriteString("profile", depth.Profile);
                writer.WriteBoolean("swarm", depth.Swarm);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("seedBank");
            campaign.Seeds.ToList().ForEach(writer.WriteNumberValue);
            writer.WriteEndArray();
            writer.WriteStartArray("matrix");
            foreach (ViolationRow row in ViolationMatrix.Rows(campaign, cells))
            {
                writer.WriteStartObject();
                writer.WriteString("scenario", row.Scenario);
                writer.WriteString("depth", row.Depth);
                writer.WriteString("expected", row.Expected);
                writer.WriteString("verdict", row.Verdict);
                writer.WriteNumber("seeds", row.Seeds);
                writer.WriteNumber("seedsViolated", row.SeedsViolated);
                writer.WriteString("fingerprint", row.Fingerprint);
                writer.WriteString("firstFailingSeed", row.FirstFailingSeed);
                writer.WriteString("detail", row.Detail);
                writer.WriteString("replay", row.Replay);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            foreach ((string name, Action<Utf8JsonWriter> write) in sections)
            {
                writer.WritePropertyName(name);
                write(writer);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    /// <summary>The statement's exact shape, for a world whose predicate carries <paramref name="setting"/>:
    /// every field <see cref="Encode"/> writes, in its order; the sections after the matrix only where the
    /// campaign produced them.</summary>
    public static JsonShape Shape(IReadOnlyList<Field> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        JsonShape text = JsonShape.Text;
        return JsonShape.Fields(
            new("_type", text),
            new("subject", JsonShape.ListOf(JsonShape.Fields(new("name", text), new("digest", JsonShape.Fields(new Field("sha256", text)))))),
            new("predicateType", text),
            new("predicate", JsonShape.Fields(
            [
                new("campaign", text), new("world", text), new("config", text),
                .. setting,
                new("depths", JsonShape.ListOf(JsonShape.Fields(new("name", text), new("profile", text), new("swarm", JsonShape.Flag)))),
                new("seedBank", JsonShape.ListOf(JsonShape.Integer)),
                new("matrix", JsonShape.ListOf(JsonShape.Fields(new("scenario", text), new("depth", text), new("expected", text), new("verdict", text),
                    new("seeds", JsonShape.Integer), new("seedsViolated", JsonShape.Integer), new("fingerprint", text), new("firstFailingSeed", text),
                    new("detail", text), new("replay", text)))),
                new("spamThresholds", JsonShape.ListOf(JsonShape.Fields(new("depth", text), new("floor", text), new("threshold", text), new("hint", text),
                    new("recovered", JsonShape.Flag))), Optional: true),
                new("games", JsonShape.ListOf(JsonShape.Fields(new("check", text), new("value", text), new("bound", text), new("holds", JsonShape.Flag),
                    new("detail", text))), Optional: true),
                new("gapReport", JsonShape.ListOf(JsonShape.Fields(new("foundation", text), new("missingCapability", text),
                    new("orchestrationCanFix", JsonShape.Flag), new("reason", text),
                    new("failing", JsonShape.ListOf(JsonShape.Fields(new("scenario", text), new("depth", text), new("verdict", text),
                        new("seed", JsonShape.Integer), new("step", text), new("operation", text), new("detail", text), new("fingerprint", text),
                        new("replay", text)))))), Optional: true),
            ])));
    }

    private static void Subject(Utf8JsonWriter writer, string name, string digest)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteStartObject("digest");
        writer.WriteString("sha256", digest);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
