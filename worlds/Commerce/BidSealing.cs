using System.Text;
using NSec.Cryptography;
using Nexus.Engine.Randomness;

namespace Nexus.Worlds.Commerce;

/// <summary>Seals a bid for its seller and opens it there. Hybrid: a fresh X25519 key pair (drawn from
/// the buyer's stream), agreed with the seller's card key, HKDF-SHA-256 over the shared secret with
/// both public keys as salt, and ChaCha20-Poly1305 with a drawn nonce; the wire is the ephemeral public
/// key (32 bytes), the nonce (12) and the ciphertext. Noop: the wire is the plaintext's UTF-8.</summary>
public static class BidSealing
{
    private static readonly AeadAlgorithm Aead = AeadAlgorithm.ChaCha20Poly1305;
    private static readonly byte[] Info = Encoding.ASCII.GetBytes("nexus-commerce-bid");

    /// <summary>The wire bytes of <paramref name="plaintext"/> sealed for <paramref name="seller"/>.</summary>
    public static byte[] Seal(PrivacyLayer layer, string plaintext, AgentCard seller, SimRandom random)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(random);
        byte[] clear = Encoding.UTF8.GetBytes(plaintext);
        if (layer == PrivacyLayer.Noop)
        {
            return clear;
        }
        byte[] ephemeralSeed = new byte[32];
        random.NextBytes(ephemeralSeed);
        using Key ephemeral = Key.Import(KeyAgreementAlgorithm.X25519, ephemeralSeed, KeyBlobFormat.RawPrivateKey);
        byte[] ephemeralPublic = ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        byte[] nonce = new byte[Aead.NonceSize];
        random.NextBytes(nonce);
        using Key key = Derive(ephemeral, PublicKey.Import(KeyAgreementAlgorithm.X25519, seller.AgreementKey, KeyBlobFormat.RawPublicKey), ephemeralPublic, seller.AgreementKey);
        return [.. ephemeralPublic, .. nonce, .. Aead.Encrypt(key, nonce, [], clear)];
    }

    /// <summary>The plaintext of <paramref name="wire"/> for the holder of <paramref name="keys"/>, or null
    /// when it was not sealed for them (or was tampered with).</summary>
    public static string? Open(PrivacyLayer layer, byte[] wire, CommerceKeys keys)
    {
        ArgumentNullException.ThrowIfNull(wire);
        ArgumentNullException.ThrowIfNull(keys);
        if (layer == PrivacyLayer.Noop)
        {
            return Encoding.UTF8.GetString(wire);
        }
        int header = 32 + Aead.NonceSize;
        if (wire.Length < header + Aead.TagSize
            || !PublicKey.TryImport(KeyAgreementAlgorithm.X25519, wire.AsSpan(0, 32), KeyBlobFormat.RawPublicKey, out PublicKey? ephemeral))
        {
            return null;
        }
        using Key key = Derive(keys.Agreement, ephemeral!, wire[..32], keys.Card.AgreementKey);
        byte[]? clear = Aead.Decrypt(key, wire.AsSpan(32, Aead.NonceSize), [], wire.AsSpan(header));
        return clear is null ? null : Encoding.UTF8.GetString(clear);
    }

    private static Key Derive(Key own, PublicKey other, byte[] ephemeralPublic, byte[] sellerPublic)
    {
        using SharedSecret secret = KeyAgreementAlgorithm.X25519.Agree(own, other)
            ?? throw new InvalidOperationException("X25519 agreement with a low-order key");
        return KeyDerivationAlgorithm.HkdfSha256.DeriveKey(secret, [.. ephemeralPublic, .. sellerPublic], Info, Aead);
    }
}
