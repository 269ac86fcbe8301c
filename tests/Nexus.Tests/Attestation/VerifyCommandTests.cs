using Nexus.Tests.Experiments;

namespace Nexus.Tests.Attestation;

/// <summary><c>nexus keygen</c>, <c>nexus attack --key</c> and <c>nexus verify</c> as a researcher runs
/// them: a fresh key signs a campaign's proof, the proof verifies without re-running, a cell
/// re-executes to its signed fingerprint, and a changed file is rejected with one line and exit 1.</summary>
[NonParallelizable]
public sealed class VerifyCommandTests
{
    private static readonly string Committed = Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-proof.json");
    private static readonly string DemoPublic = RepositoryPaths.DemoPublicKey;
    private static readonly string Config = Path.Combine(RepositoryPaths.Root, "configs", "attacks", "exchange-contract.yaml");

    [Test]
    public void The_committed_proof_verifies_and_a_cell_reexecutes_to_its_signed_fingerprint()
    {
        (int exitCode, string output) = NexusProcess.Run("verify", Committed, "--key", DemoPublic, "--config", Config, "--rerun", "replay/depth-1");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("verified: ").And.Contain($"{Nexus.Scenarios.Exchange.AttackScenario.All.Count * 2} cells (0 violated)"));
        Assert.That(output, Does.Contain("re-executed replay/depth-1 on 20 seeds: BLOCKED"));
    }

    [Test]
    public void A_cell_of_the_commerce_proof_reexecutes_and_a_cell_the_proof_lacks_is_the_only_line()
    {
        string commerce = Path.Combine(RepositoryPaths.Root, "figures", "private-commerce-proof.json");
        // Without --config the cell re-executes from the config the proof names, relative to the repository root.
        (int exitCode, string output) = NexusProcess.RunIn(RepositoryPaths.Root, "verify", commerce, "--key", DemoPublic, "--rerun", "forged-receipt/depth-2");
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("re-executed forged-receipt/depth-2 on 20 seeds: BLOCKED"));

        (int refused, string said) = NexusProcess.Run("verify", commerce, "--key", DemoPublic, "--rerun", "teleport/depth-1");
        Assert.That(refused, Is.EqualTo(2));
        Assert.That(said.Trim(), Is.EqualTo("error: --rerun: 'teleport/depth-1' is not a cell of the proof (give SCENARIO/DEPTH, e.g. replay/depth-1)"));
    }

    [Test]
    public void A_changed_proof_is_rejected_with_one_line_and_exit_1()
    {
        string directory = Directory.CreateTempSubdirectory("nexus-verify-").FullName;
        try
        {
            byte[] bytes = File.ReadAllBytes(Committed);
            bytes[bytes.Length / 2] ^= 0x01;
            string changed = Path.Combine(directory, "proof.json");
            File.WriteAllBytes(changed, bytes);
            (int exitCode, string output) = NexusProcess.Run("verify", changed, "--key", DemoPublic);
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(output, Does.StartWith("rejected: "));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void A_fresh_key_signs_a_campaign_and_only_that_key_verifies_it_and_keygen_never_overwrites()
    {
        string directory = Directory.CreateTempSubdirectory("nexus-keygen-").FullName;
        try
        {
            string stem = Path.Combine(directory, "mine");
            Assert.That(NexusProcess.Run("keygen", stem).ExitCode, Is.Zero);
            (int again, string refused) = NexusProcess.Run("keygen", stem);
            Assert.That(again, Is.EqualTo(2));
            Assert.That(refused, Does.Contain("a key is never overwritten"));

            string config = Path.Combine(directory, "exchange-contract.yaml");
            File.WriteAllText(config, Nexus.Tests.Attacks.Campaigns.SmallText());
            (int attacked, string output) = NexusProcess.Run("attack", config, "--output-dir", directory, "--key", stem + ".key");
            Assert.That(attacked, Is.Zero, output);
            string proof = Path.Combine(directory, "exchange-contract-proof.json");
            Assert.That(NexusProcess.Run("verify", proof, "--key", stem + ".pub", "--config", config).ExitCode, Is.Zero);
            (int wrong, string why) = NexusProcess.Run("verify", proof, "--key", DemoPublic);
            Assert.That(wrong, Is.EqualTo(1));
            Assert.That(why, Does.Contain("not by the given key"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
