namespace Nexus.Worlds.Commerce;

/// <summary>How a bid travels: sealed to its seller, or in the clear (the one-line swap that shows
/// bid opacity rests on this layer alone).</summary>
public enum PrivacyLayer
{
    /// <summary>An ephemeral X25519 key agreed with the seller's card key, HKDF-SHA-256, ChaCha20-Poly1305.</summary>
    HybridX25519,

    /// <summary>The plaintext itself, as a stand-in layer that seals nothing.</summary>
    Noop,
}
