using System.Text;
using NSec.Cryptography;
using Nexus.Experiments.Attestation;

namespace Nexus.Tests.Attestation;

/// <summary>The committed campaign's proof: DSSE's pre-authentication encoding as its spec gives it,
/// the proof verified without re-running, and every way of tampering with the file rejected with a
/// reason: any single byte changed, a wrong key, a truncated file, another key's signature, a
/// statement naming another config.</summary>
public sealed class ProofTests
{
    private static readonly string ProofPath = Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-proof.json");
    private static readonly string PublicKeyPath = RepositoryPaths.DemoPublicKey;
    private static string PrivateKeyPath => RepositoryPaths.DemoSigningKey;
    private static readonly string ConfigPath = Path.Combine(RepositoryPaths.Root, "configs", "attacks", "exchange-contract.yaml");

    private static byte[] Proof => File.ReadAllBytes(ProofPath);

    private static PublicKey DemoKey => SigningKey.LoadPublic(PublicKeyPath);

    [Test]
    public void The_pre_authentication_encoding_reproduces_the_dsse_test_vector()
    {
        byte[] encoded = Dsse.PreAuthenticationEncoding("http://example.com/HelloWorld", "hello world"u8);
        Assert.That(Encoding.ASCII.GetString(encoded), Is.EqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world"));
    }

    [Test]
    public void The_committed_proof_verifies_under_the_demo_key_and_names_the_committed_config()
    {
        VerifiedProof proof = ProofCheck.Verify(Proof, DemoKey, CampaignStatement.DigestOf(ConfigPath));
        Assert.That(proof.Cells, Has.Count.EqualTo(Nexus.Scenarios.Exchange.AttackScenario.All.Count * 2));
        Assert.That(proof.Violated, Is.Zero);
        Assert.That(proof.CodeDigest, Does.Match("^[0-9a-f]{64}$"));
        string csv = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-matrix.csv"));
        Assert.That(proof.Cells.Values, Is.All.Matches<string>(fingerprint => csv.Contains(fingerprint, StringComparison.Ordinal)),
            "each cell subject is the fingerprint the committed matrix reports");
    }

    [Test]
    public void Every_single_byte_change_to_the_file_is_rejected()
    {
        byte[] proof = Proof;
        PublicKey key = DemoKey;
        var accepted = new List<int>();
        for (int i = 0; i < proof.Length; i++)
        {
            byte[] changed = [.. proof];
            changed[i] ^= (byte)(changed[i] == (byte)'\n' ? 0x2A : 0x01);
            try
            {
                ProofCheck.Verify(changed, key, null);
                accepted.Add(i);
            }
            catch (InvalidDataException)
            {
                // Rejected, as it must be.
            }
        }
        Assert.That(accepted, Is.Empty, $"of {proof.Length} bytes, changing these was accepted");
        Assert.That(proof.Length, Is.GreaterThan(1000));
    }

    [Test]
    public void A_wrong_key_a_truncated_file_and_a_changed_whitespace_are_rejected_with_a_reason()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        Assert.That(Reason(Proof, other.PublicKey), Does.Contain("not by the given key"));
        Assert.That(Reason(Proof[..(Proof.Length / 2)], DemoKey), Does.Contain("not a JSON document"));
        Assert.That(Reason(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Proof).Replace("\",\"", "\", \"", StringComparison.Ordinal)), DemoKey),
            Does.Contain("not in the canonical form"));
    }

    [Test]
    public void A_statement_signed_by_another_valid_key_is_rejected_even_under_the_demo_keys_id()
    {
        ProofEnvelope committed = ProofEnvelope.Parse(Proof);
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        ProofEnvelope resigned = ProofEnvelope.Sign(committed.Payload, committed.PayloadType, other);
        Assert.That(Reason(resigned.Encode(), DemoKey), Does.Contain("not by the given key"));
        Assert.That(Reason((resigned with { KeyId = committed.KeyId }).Encode(), DemoKey), Does.Contain("signature does not verify"));
    }

    [Test]
    public void A_statement_that_names_a_different_config_digest_is_rejected_even_when_properly_signed()
    {
        ProofEnvelope committed = ProofEnvelope.Parse(Proof);
        string configDigest = CampaignStatement.DigestOf(ConfigPath);
        string statement = committed.PayloadText;
        Assert.That(statement, Does.Contain(configDigest));
        byte[] otherStatement = Encoding.UTF8.GetBytes(statement.Replace(configDigest, new string('0', 64), StringComparison.Ordinal));
        using Key demo = SigningKey.LoadPrivate(PrivateKeyPath);
        byte[] forged = ProofEnvelope.Sign(otherStatement, committed.PayloadType, demo).Encode();
        Assert.That(ProofCheck.Verify(forged, DemoKey, null).ConfigDigest, Is.EqualTo(new string('0', 64)), "well formed and signed");
        Assert.That(Reason(forged, DemoKey, configDigest), Does.Contain("names config digest 0000000000000000, the given config has"));
    }

    [Test]
    public void A_statement_whose_matrix_disagrees_with_its_subjects_is_rejected_even_when_properly_signed()
    {
        ProofEnvelope committed = ProofEnvelope.Parse(Proof);
        using Key demo = SigningKey.LoadPrivate(PrivateKeyPath);
        string lied = committed.PayloadText.Replace("\"verdict\":\"BLOCKED\",\"seeds\":20,\"seedsViolated\":0", "\"verdict\":\"BLOCKED\",\"seeds\":20,\"seedsViolated\":3", StringComparison.Ordinal);
        Assert.That(lied, Is.Not.EqualTo(committed.PayloadText));
        byte[] envelope = ProofEnvelope.Sign(Encoding.UTF8.GetBytes(lied), committed.PayloadType, demo).Encode();
        Assert.That(Reason(envelope, DemoKey), Does.Contain("disagrees with its 3 violated seeds"));
    }

    [Test]
    public void The_committed_commerce_proof_verifies_and_a_statement_of_another_world_is_held_to_that_worlds_scenarios()
    {
        string commerceConfig = Path.Combine(RepositoryPaths.Root, "configs", "attacks", "private-commerce.yaml");
        byte[] commerce = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "figures", "private-commerce-proof.json"));
        VerifiedProof proof = ProofCheck.Verify(commerce, DemoKey, CampaignStatement.DigestOf(commerceConfig));
        Assert.That(proof.Cells, Has.Count.EqualTo(Nexus.Scenarios.Commerce.CommerceScenario.All.Count * 2));
        Assert.That(proof.Violated, Is.Zero);

        ProofEnvelope committed = ProofEnvelope.Parse(commerce);
        using Key demo = SigningKey.LoadPrivate(PrivateKeyPath);
        foreach ((string world, string reason) in new[] { ("exchange-contract", "statement.predicate has a field 'privacy' the statement does not have there"), ("atlantis", "of world 'atlantis', which this nexus does not know") })
        {
            string moved = committed.PayloadText.Replace("\"world\":\"private-commerce\"", $"\"world\":\"{world}\"", StringComparison.Ordinal);
            Assert.That(moved, Is.Not.EqualTo(committed.PayloadText));
            Assert.That(Reason(ProofEnvelope.Sign(Encoding.UTF8.GetBytes(moved), committed.PayloadType, demo).Encode(), DemoKey), Does.Contain(reason));
        }
    }

    private static string Reason(byte[] proof, PublicKey key, string? configDigest = null)
    {
        var rejected = Assert.Throws<InvalidDataException>(() => ProofCheck.Verify(proof, key, configDigest));
        Assert.That(rejected!.Message, Does.Not.Contain("\n"), "one line");
        return rejected.Message;
    }
}
