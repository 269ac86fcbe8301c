using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Nexus.Worlds.Commerce;

/// <summary>One agent's key pairs, derived from (run seed, agent name) so every run is byte-identical:
/// X25519 for the sealed bids sent to it, Ed25519 for the receipts and reports it signs.</summary>
public sealed class CommerceKeys : IDisposable
{
    private readonly Key _agreement;
    private readonly Key _signing;

    private CommerceKeys(string name, Key agreement, Key signing, bool sells)
    {
        _agreement = agreement;
        _signing = signing;
        Card = new AgentCard(name, sells, agreement.PublicKey.Export(KeyBlobFormat.RawPublicKey), signing.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The card the agent advertises.</summary>
    public AgentCard Card { get; }

    /// <summary>The X25519 private key, for opening the bids sealed to this agent.</summary>
    public Key Agreement => _agreement;

    /// <summary>The keys of <paramref name="name"/> in the run seeded with <paramref name="seed"/>.</summary>
    public static CommerceKeys Derive(ulong seed, string name, bool sells)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        byte[] Material(string purpose) => SHA256.HashData(Encoding.UTF8.GetBytes($"nexus-commerce-{purpose}|{seed}|{name}"));
        return new CommerceKeys(name,
            Key.Import(KeyAgreementAlgorithm.X25519, Material("x25519"), KeyBlobFormat.RawPrivateKey),
            Key.Import(SignatureAlgorithm.Ed25519, Material("ed25519"), KeyBlobFormat.RawPrivateKey),
            sells);
    }

    /// <summary>Signs <paramref name="data"/> (Ed25519, deterministic).</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => SignatureAlgorithm.Ed25519.Sign(_signing, data);

    /// <summary>True when <paramref name="signature"/> is the Ed25519 signature of <paramref name="data"/> by the card's key.</summary>
    public static bool Verify(AgentCard card, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(card);
        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, card.SigningKey, KeyBlobFormat.RawPublicKey, out PublicKey? key)
            && SignatureAlgorithm.Ed25519.Verify(key!, data, signature);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _agreement.Dispose();
        _signing.Dispose();
    }
}
