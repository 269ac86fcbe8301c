namespace Nexus.Tests.Attestation;

/// <summary>The documented way to check a proof with openssl alone (<c>docs/attack-campaign.md</c>, "Checking
/// a proof with openssl alone"), run exactly as written from the repository root: it verifies the committed
/// proof, and the same commands fail for a proof whose signature was changed by one bit.</summary>
public sealed class OpenSslVerificationTests
{
    private const string ProofLine = "proof=figures/exchange-contract-proof.json";

    [Test]
    public void The_documented_openssl_commands_verify_the_committed_proof()
    {
        (int exitCode, string output) = Bash(DocumentedBlock());

        Assert.That((exitCode, output.Trim()), Is.EqualTo((0, "Signature Verified Successfully")));
    }

    [Test]
    public void The_same_commands_reject_the_committed_proof_with_one_bit_of_its_signature_changed()
    {
        string block = DocumentedBlock();
        Assert.That(block, Does.StartWith(ProofLine + "\n"), "the block names the committed proof on its first line");
        string tampered = Path.Combine(Path.GetTempPath(), $"nexus-tampered-proof-{Environment.ProcessId}.json");
        try
        {
            string proof = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-proof.json"));
            int sig = proof.IndexOf("\"sig\":\"", StringComparison.Ordinal) + "\"sig\":\"".Length;
            char[] changed = proof.ToCharArray();
            changed[sig] = changed[sig] == 'A' ? 'B' : 'A';
            File.WriteAllText(tampered, new string(changed));

            (int exitCode, string output) = Bash("proof=" + tampered + block[ProofLine.Length..]);

            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain("Signature Verification Failure"));
        }
        finally
        {
            File.Delete(tampered);
        }
    }

    /// <summary>The first <c>sh</c> block after the section's heading, exactly as the doc has it.</summary>
    private static string DocumentedBlock()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "attack-campaign.md"));
        int section = doc.IndexOf("### Checking a proof with openssl alone", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThanOrEqualTo(0), "the doc has the section");
        int start = doc.IndexOf("```sh\n", section, StringComparison.Ordinal) + "```sh\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static (int ExitCode, string Output) Bash(string script) =>
        ExternalProcess.Run("bash", RepositoryPaths.Root, TimeSpan.FromSeconds(30), "-c", script);
}
