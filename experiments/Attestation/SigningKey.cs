using System.Security.Cryptography;
using NSec.Cryptography;

namespace Nexus.Experiments.Attestation;

/// <summary>Ed25519 keys for signing proofs, kept in files of one line each: the raw 32-byte private
/// key (<c>NAME.key</c>) or public key (<c>NAME.pub</c>) in base64. A key's id is the SHA-256 of its
/// raw public key, lowercase hex; a proof names the key that signed it by that id.</summary>
public static class SigningKey
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    /// <summary>Writes a fresh key pair to <paramref name="stem"/>.key and .pub; refuses to overwrite either.</summary>
    public static (string PrivatePath, string PublicPath) Generate(string stem)
    {
        string privatePath = stem + ".key";
        string publicPath = stem + ".pub";
        foreach (string path in new[] { privatePath, publicPath }.Where(File.Exists))
        {
            throw new IOException($"'{path}' exists; a key is never overwritten");
        }
        using var key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        File.WriteAllText(privatePath, Convert.ToBase64String(key.Export(KeyBlobFormat.RawPrivateKey)) + "\n");
        File.WriteAllText(publicPath, Convert.ToBase64String(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)) + "\n");
        return (privatePath, publicPath);
    }

    /// <summary>The private key in <paramref name="path"/>.</summary>
    public static Key LoadPrivate(string path) =>
        Key.Import(Ed25519, Read(path, "private"), KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });

    /// <summary>The public key in <paramref name="path"/>.</summary>
    public static PublicKey LoadPublic(string path) => PublicKey.Import(Ed25519, Read(path, "public"), KeyBlobFormat.RawPublicKey);

    /// <summary>The id of <paramref name="key"/>.</summary>
    public static string IdOf(PublicKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.Export(KeyBlobFormat.RawPublicKey)));
    }

    /// <summary>The Ed25519 signature of <paramref name="data"/>.</summary>
    public static byte[] Sign(Key key, ReadOnlySpan<byte> data) => Ed25519.Sign(key, data);

    /// <summary>True when <paramref name="signature"/> is <paramref name="key"/>'s over <paramref name="data"/>.</summary>
    public static bool Verify(PublicKey key, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => Ed25519.Verify(key, data, signature);

    private static byte[] Read(string path, string kind)
    {
        string text = File.ReadAllText(path).Trim();
        try
        {
            byte[] raw = Convert.FromBase64String(text);
            return raw.Length == 32 ? raw : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"'{path}' does not hold an Ed25519 {kind} key (one line: 32 bytes in base64)");
        }
    }
}
