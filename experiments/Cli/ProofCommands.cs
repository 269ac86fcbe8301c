using System.CommandLine;
using Nexus.Experiments.Attestation;
using Nexus.Experiments.Configuration;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Cli;

/// <summary><c>nexus keygen</c> and <c>nexus verify</c>: the key pair a campaign signs with, and the
/// check of a signed proof without re-running it (or re-running one cell, when asked).</summary>
internal static class ProofCommands
{
    /// <summary>Exit code of a proof that does not verify.</summary>
    public const int RejectedExitCode = 1;

    public static Command Keygen()
    {
        var stem = new Argument<FileInfo>("stem") { Description = "Writes STEM.key (private: keep it) and STEM.pub (share it)" };
        var keygen = new Command("keygen", "Write a fresh Ed25519 key pair for signing campaign proofs; never overwrites a key") { stem };
        keygen.SetAction(parse =>
        {
            (string privatePath, string publicPath) = SigningKey.Generate(parse.GetValue(stem)!.FullName);
            Console.WriteLine($"wrote {privatePath} and {publicPath}");
            return 0;
        });
        return keygen;
    }

    public static Command Verify()
    {
        var proof = new Argument<FileInfo>("proof") { Description = "A campaign's NAME-proof.json" };
        var key = new Option<FileInfo>("--key") { Description = "The signer's public key (STEM.pub)", Required = true };
        var config = new Option<FileInfo?>("--config") { Description = "The campaign config the statement must name (by its SHA-256)" };
        var rerun = new Option<string?>("--rerun") { Description = "Re-execute one cell, SCENARIO/DEPTH, on every seed and compare its fingerprint with the statement's" };
        var verify = new Command("verify",
            "Check a signed campaign proof without re-running it: the file is exactly the canonical DSSE envelope nexus attack writes, " +
            "its signature verifies under the key, and its in-toto statement is well formed and consistent. Exit 1 with one line saying why when it is not.")
        {
            proof, key, config, rerun,
        };
        verify.SetAction(parse =>
        {
            FileInfo file = parse.GetValue(proof)!;
            FileInfo? configFile = parse.GetValue(config);
            VerifiedProof verified;
            try
            {
                verified = ProofCheck.Verify(File.ReadAllBytes(file.FullName), SigningKey.LoadPublic(parse.GetValue(key)!.FullName),
                    configFile is null ? null : CampaignStatement.DigestOf(configFile.FullName));
            }
            catch (InvalidDataException rejected)
            {
                Console.Error.WriteLine($"rejected: {file}: {rejected.Message}");
                return RejectedExitCode;
            }
            // The cell to re-execute is checked before the proof is reported verified, so a bad one is the only line.
            string? cell = parse.GetValue(rerun);
            (string Scenario, string Depth, string Signed)? signed = cell is null ? null : SignedCell(verified, cell);
            Console.WriteLine($"verified: {file}: {verified.Cells.Count} cells ({verified.Violated} violated), config {verified.ConfigPath} sha256 {verified.ConfigDigest}, code sha256 {verified.CodeDigest}");
            return signed is { } rerunCell ? Rerun(verified, cell!, rerunCell, configFile?.ToString() ?? verified.ConfigPath) : 0;
        });
        return verify;
    }

    /// <summary><paramref name="cell"/> (SCENARIO/DEPTH) and the fingerprint <paramref name="proof"/> signed for it.</summary>
    private static (string Scenario, string Depth, string Signed) SignedCell(VerifiedProof proof, string cell)
    {
        string[] parts = cell.Split('/');
        string subject = parts.Length == 2 ? CampaignStatement.CellSubject(parts[0], parts[1]) : "";
        return proof.Cells.TryGetValue(subject, out string? signed) ? (parts[0], parts[1], signed)
            : throw new OptionError($"--rerun: '{cell}' is not a cell of the proof (give SCENARIO/DEPTH, e.g. replay/depth-1)");
    }

    private static int Rerun(VerifiedProof proof, string cell, (string Scenario, string Depth, string Signed) signed, string configPath)
    {
        if (CampaignStatement.DigestOf(configPath) != proof.ConfigDigest)
        {
            Console.Error.WriteLine($"rejected: {configPath} is not the config the proof names (its SHA-256 differs)");
            return RejectedExitCode;
        }
        ICampaignWorld campaign = CampaignConfigLoader.Load(configPath).World;
        CellVerdict rerun = CampaignCells.Run(campaign, new CampaignSelection(signed.Scenario, signed.Depth, null), (_, _) => { }).Single();
        if (rerun.Fingerprint != signed.Signed)
        {
            Console.Error.WriteLine($"rejected: {cell} re-executed to fingerprint {rerun.Fingerprint}, the proof signed {signed.Signed}");
            return RejectedExitCode;
        }
        Console.WriteLine($"re-executed {cell} on {rerun.Seeds.Count} seeds: {rerun.Verdict}, fingerprint {rerun.Fingerprint} as signed");
        return 0;
    }
}
