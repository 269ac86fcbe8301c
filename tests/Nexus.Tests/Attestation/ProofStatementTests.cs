using System.Text;
using NSec.Cryptography;
using Nexus.Experiments.Attestation;

namespace Nexus.Tests.Attestation;

/// <summary>A properly signed statement is still rejected when it is not exactly what nexus writes (a key
/// twice, a field nexus does not write, a value of another kind, a field missing) or when a section
/// beyond the matrix contradicts itself: each case is the committed statement with one change, signed
/// again with the demo key, and the committed one passes every check.</summary>
public sealed class ProofStatementTests
{
    private static readonly string ProofPath = Path.Combine(RepositoryPaths.Root, "figures", "exchange-contract-proof.json");

    private static ProofEnvelope Committed => ProofEnvelope.Parse(File.ReadAllBytes(ProofPath));

    [TestCase("\"campaign\":\"exchange-contract\",", "\"campaign\":\"exchange-contract\",\"campaign\":\"another\",", "names a key twice")]
    [TestCase("\"workers\":4,", "\"workers\":4,\"admin\":true,", "statement.predicate has a field 'admin' the statement does not have there")]
    [TestCase("\"workers\":4,", "\"workers\":\"4\",", "statement.predicate.workers must be an integer")]
    [TestCase("\"swarm\":false}", "\"swarm\":0}", "statement.predicate.depths[0].swarm must be true or false")]
    [TestCase(",\"detail\":\"\",\"replay\":\"\"}", ",\"replay\":\"\"}", "statement.predicate.matrix[0].detail is missing")]
    [TestCase("{\"_type\":", "{\"note\":\"\",\"_type\":", "statement has a field 'note' the statement does not have there")]
    public void A_statement_not_exactly_of_the_shape_nexus_writes_is_rejected(string from, string to, string reason)
    {
        Assert.That(Rejection(from, to), Does.Contain(reason));
    }

    [TestCase("\"value\":\"206\",\"bound\":\"> 0\",\"holds\":true", "\"value\":\"-3\",\"bound\":\"> 0\",\"holds\":true",
        "game check 'tit-for-tat beats always-defect in a 200-turn round robin' is marked as holding, but its value -3 is not > 0")]
    [TestCase("\"bound\":\"> 0.01\"", "\"bound\":\"about 0.01\"", "its bound 'about 0.01' does not compare with >, >=, < or <=")]
    [TestCase("\"hint\":\"max-intents-per-agent-per-second:40\"", "\"hint\":\"max-intents-per-agent-per-second:640\"", "threshold '160' and Hint 'max-intents-per-agent-per-second:640' disagree")]
    [TestCase("\"threshold\":\"\",\"hint\":\"\"", "\"threshold\":\"\",\"hint\":\"max-intents-per-agent-per-second:5\"", "spam threshold at depth-1: no threshold, yet a Hint")]
    [TestCase("{\"depth\":\"depth-2\",\"floor\"", "{\"depth\":\"depth-1\",\"floor\"", "spam threshold at depth-1: not a depth of the campaign, or named twice")]
    [TestCase("\"depth\":\"depth-2\",\"verdict\":\"VIOLATED\",\"seed\":1,", "\"depth\":\"depth-2\",\"verdict\":\"BLOCKED\",\"seed\":1,", "a failing run whose verdict is BLOCKED")]
    [TestCase("\"depth\":\"depth-2\",\"verdict\":\"VIOLATED\",\"seed\":1,", "\"depth\":\"depth-2\",\"verdict\":\"VIOLATED\",\"seed\":999,", "seed 999 is not in the seed bank")]
    public void A_section_that_contradicts_itself_is_rejected(string from, string to, string reason)
    {
        Assert.That(Rejection(from, to), Does.Contain(reason));
    }

    [Test]
    public void The_committed_statement_has_every_section_the_checks_read()
    {
        string statement = Committed.PayloadText;
        Assert.That(statement, Does.Contain("\"spamThresholds\":[").And.Contain("\"games\":[").And.Contain("\"gapReport\":["));
        Assert.That(ProofCheck.Verify(File.ReadAllBytes(ProofPath), SigningKey.LoadPublic(RepositoryPaths.DemoPublicKey), null).Cells, Is.Not.Empty);
    }

    /// <summary>The reason the committed statement, with its first <paramref name="from"/> made <paramref name="to"/> and signed again, is rejected.</summary>
    private static string Rejection(string from, string to)
    {
        ProofEnvelope committed = Committed;
        string statement = committed.PayloadText;
        int at = statement.IndexOf(from, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"the committed statement has {from}");
        string changed = string.Concat(statement.AsSpan(0, at), to, statement.AsSpan(at + from.Length));
        using Key demo = SigningKey.LoadPrivate(RepositoryPaths.DemoSigningKey);
        byte[] proof = ProofEnvelope.Sign(Encoding.UTF8.GetBytes(changed), committed.PayloadType, demo).Encode();
        var rejected = Assert.Throws<InvalidDataException>(() => ProofCheck.Verify(proof, SigningKey.LoadPublic(RepositoryPaths.DemoPublicKey), null));
        Assert.That(rejected!.Message, Does.Not.Contain("\n"), "one line");
        return rejected.Message;
    }
}
