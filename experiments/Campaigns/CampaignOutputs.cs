using System.Text.Json;
using NSec.Cryptography;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Output;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>Everything a full campaign of any world writes once its runs are done: the world's own
/// outputs (<see cref="ICampaignExtras"/>), the gap report, the matrix itself, the signed proof (with a
/// key) and the report page, each file atomically.</summary>
public static class CampaignOutputs
{
    /// <summary>Writes every output into <paramref name="directory"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ICampaignWorld world, ICampaignExtras extras, CampaignRuns runs, string directory, string? keyPath, Action<string> print)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(extras);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(print);
        IReadOnlyList<CellVerdict> cells = runs.Cells;
        CampaignExtrasOutput own = extras.Write(runs.Extras, cells, directory, print);
        var written = new List<string>(own.Files);
        var sections = new List<(string, Action<Utf8JsonWriter>)>(own.ProofSections);
        IReadOnlyList<FoundationGap> gaps = runs.Gaps;
        if (world.WeakerFoundations.Count > 0)
        {
            written.AddRange(GapReport.Write(world, gaps, directory));
            sections.Add(("gapReport", writer => GapReport.WriteJson(writer, world, gaps)));
        }
        IReadOnlyList<string> matrix = ViolationMatrix.Write(world, cells, directory, own.MatrixAppendix);
        written.AddRange(matrix);
        List<(string, string)> figures = [("The violation matrix: verdict per scenario and depth", matrix[2]), .. own.Figures];
        (string digest, string status) = ("", $"Not signed: run {Invocation.Nexus} attack with --key to sign a proof.");
        if (keyPath is not null)
        {
            string proof = CampaignProof.Write(world, cells, sections, keyPath, directory);
            written.Add(proof);
            byte[] bytes = File.ReadAllBytes(proof);
            using Key key = SigningKey.LoadPrivate(keyPath);
            VerifiedProof verified = ProofCheck.Verify(bytes, key.PublicKey, CampaignStatement.DigestOf(world.ConfigPath));
            digest = CampaignStatement.DigestOf(proof);
            status = $"Signed by key {SigningKey.IdOf(key.PublicKey)}; verified as written ({verified.Cells.Count} cells, config and code digests named): " +
                $"check it yourself with nexus verify {Path.GetFileName(proof)} --key YOUR-COPY-OF-THE-KEY.pub --config {world.ConfigPath}.";
        }
        written.Add(ReportPage.Write(world, cells, new ReportContents(own.PageSections, gaps, figures, digest, status), directory));
        return written;
    }
}
