using System.Text.Json;
using NSec.Cryptography;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Campaigns;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;

namespace Nexus.Experiments.Attacks;

/// <summary>Everything a full campaign writes once its runs are done: the spam sweep, the gap report,
/// the game checks, the matrix itself, the signed proof (with a key) and the report page, each file
/// atomically.</summary>
public static class CampaignOutputs
{
    /// <summary>Writes every output into <paramref name="directory"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(AttackCampaign campaign, CampaignRuns runs, string directory, string? keyPath, Action<string> print)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(print);
        IReadOnlyList<CellVerdict> cells = runs.Cells;
        var written = new List<string>();
        var sections = new List<(string, Action<Utf8JsonWriter>)>();
        var page = new List<ReportSection>
        {
            new("hints", "Hints", "In force from the start: " + (campaign.Hints.Count == 0 ? "none" : string.Join(", ", campaign.Hints)) + ".", [], []),
        };
        var figures = new List<(string, string)>();
        IReadOnlyList<SpamThreshold> thresholds = [];
        IReadOnlyList<FoundationGap> gaps = runs.Gaps;
        if (runs.Spam.Count > 0)
        {
            IReadOnlyList<SpamPoint> points = [.. runs.Spam.SelectMany(depth => depth.Points)];
            thresholds = [.. runs.Spam.Select(depth => depth.Threshold)];
            print(SpamSearchOutput.Markdown(thresholds));
            IReadOnlyList<string> spamFiles = SpamSearchOutput.Write(campaign.Name, points, thresholds, directory);
            written.AddRange(spamFiles);
            figures.Add(("Honest throughput against Intent spam, per depth, without and with the throttle Hint", spamFiles[1]));
            sections.Add(("spamThresholds", writer => SpamSearchOutput.WriteJson(writer, thresholds)));
            page.Add(SpamSearchOutput.Section(thresholds));
        }
        if (campaign.WeakerFoundations.Count > 0)
        {
            written.AddRange(GapReport.Write(campaign, gaps, directory));
            sections.Add(("gapReport", writer => GapReport.WriteJson(writer, campaign, gaps)));
        }
        IReadOnlyList<GameResult> games = GameChecks.Run(campaign.Seeds, cells);
        print(GameChecks.Markdown(games));
        sections.Add(("games", writer => GameChecks.WriteJson(writer, games)));
        page.Add(GameChecks.Section(games));
        IReadOnlyList<string> matrix = ViolationMatrix.Write(campaign, cells, directory, SpamSearchOutput.Markdown(thresholds) + GameChecks.Markdown(games));
        written.AddRange(matrix);
        figures.Insert(0, ("The violation matrix: verdict per scenario and depth", matrix[2]));
        (string digest, string status) = ("", "Not signed: run nexus attack with --key to sign a proof.");
        if (keyPath is not null)
        {
            string proof = CampaignProof.Write(campaign, cells, sections, keyPath, directory);
            written.Add(proof);
            byte[] bytes = File.ReadAllBytes(proof);
            using Key key = SigningKey.LoadPrivate(keyPath);
            VerifiedProof verified = ProofCheck.Verify(bytes, key.PublicKey, CampaignStatement.DigestOf(campaign.ConfigPath));
            digest = CampaignStatement.DigestOf(proof);
            status = $"Signed by key {SigningKey.IdOf(key.PublicKey)}; verified as written ({verified.Cells.Count} cells, config and code digests named): " +
                $"check it yourself with nexus verify {Path.GetFileName(proof)} --key YOUR-COPY-OF-THE-KEY.pub --config {campaign.ConfigPath}.";
        }
        written.Add(ReportPage.Write(campaign, cells, new ReportContents(page, gaps, figures, digest, status), directory));
        return written;
    }
}
