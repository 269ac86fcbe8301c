using System.Security.Cryptography;
using Nexus.Worlds.Blackboard.Identity;

namespace Nexus.Tests.Blackboard;

public sealed class IdentityTests
{
    [Test]
    public void An_agent_id_is_the_first_16_bytes_of_sha256_of_its_public_key_in_lowercase_hex()
    {
        using var agent = AgentIdentity.Derive(42, "alice");
        Assert.That(agent.PublicKey, Has.Length.EqualTo(32));
        Assert.That(agent.Id, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(agent.PublicKey)[..16])));
        Assert.That(agent.Id, Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public void The_same_seed_and_name_derive_the_same_key_and_signatures()
    {
        using var first = AgentIdentity.Derive(42, "alice");
        using var second = AgentIdentity.Derive(42, "alice");
        Assert.That(second.PublicKey, Is.EqualTo(first.PublicKey));
        Assert.That(second.Sign("hello"u8), Is.EqualTo(first.Sign("hello"u8)));
    }

    [Test]
    public void Another_seed_or_name_derives_another_key()
    {
        using var alice = AgentIdentity.Derive(42, "alice");
        using var bob = AgentIdentity.Derive(42, "bob");
        using var otherRun = AgentIdentity.Derive(43, "alice");
        Assert.That(new[] { alice.Id, bob.Id, otherRun.Id }.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_signature_verifies_only_with_the_signers_key_and_the_signed_bytes()
    {
        using var alice = AgentIdentity.Derive(1, "alice");
        using var bob = AgentIdentity.Derive(1, "bob");
        byte[] signature = alice.Sign("fact"u8);
        Assert.That(AgentIdentity.Verify(alice.PublicKey, "fact"u8, signature), Is.True);
        Assert.That(AgentIdentity.Verify(bob.PublicKey, "fact"u8, signature), Is.False);
        Assert.That(AgentIdentity.Verify(alice.PublicKey, "fakt"u8, signature), Is.False);
        Assert.That(AgentIdentity.Verify(new byte[5], "fact"u8, signature), Is.False, "a malformed key never verifies");
    }

    [Test]
    public void A_remembered_answer_is_given_only_for_the_very_same_key_data_and_signature()
    {
        // A check's answer is kept (SignatureCheckCache): asking again with any of the three changed,
        // even by one bit, or with a byte moved across the boundary between signature and data (the
        // concatenation is then the same), must check afresh.
        using var alice = AgentIdentity.Derive(7, "alice");
        byte[] data = "the signed record"u8.ToArray();
        byte[] signature = alice.Sign(data);
        Assert.That(AgentIdentity.Verify(alice.PublicKey, data, signature), Is.True);
        for (int bit = 0; bit < 8 * 32; bit += 37)
        {
            byte[] key = (byte[])alice.PublicKey.Clone();
            key[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.That(AgentIdentity.Verify(key, data, signature), Is.False, $"key bit {bit}");
        }
        for (int bit = 0; bit < 8 * data.Length; bit += 11)
        {
            byte[] other = (byte[])data.Clone();
            other[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.That(AgentIdentity.Verify(alice.PublicKey, other, signature), Is.False, $"data bit {bit}");
        }
        for (int bit = 0; bit < 8 * signature.Length; bit += 29)
        {
            byte[] other = (byte[])signature.Clone();
            other[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.That(AgentIdentity.Verify(alice.PublicKey, data, other), Is.False, $"signature bit {bit}");
        }
        Assert.That(AgentIdentity.Verify(alice.PublicKey, [signature[^1], .. data], signature[..^1]), Is.False, "a byte moved from the signature to the data");
        Assert.That(AgentIdentity.Verify(alice.PublicKey, data, signature), Is.True, "the first answer, asked again");
    }
}
