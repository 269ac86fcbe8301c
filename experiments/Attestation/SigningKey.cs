using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Nexus.Experiments.Attestation;

/// <summary>Ed25519 keys for signing proofs, in standard PEM files that <c>openssl</c> and other DSSE
/// tools read: the private key as PKCS#8 (<c>NAME.key</c>, <c>BEGIN PRIVATE KEY</c>, owner-only) and the
/// public key as SPKI (<c>NAME.pub</c>, <c>BEGIN PUBLIC KEY</c>). Files of the earlier form, one line of
/// the raw 32-byte key in base64, are still read; their name tells which kind they hold, as keygen named
/// them. A private key file that its group or others may read is refused, and so is a public key given
/// where a private one is needed, or the reverse. A key's id is the SHA-256 of its raw public key,
/// lowercase hex; a proof names the key that signed it by that id.</summary>
public static class SigningKey
{
    private const string PrivateLabel = "-----BEGIN PRIVATE KEY-----";
    private const string PublicLabel = "-----BEGIN PUBLIC KEY-----";

    /// <summary>What a private key file may be: read and written by its owner only.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Shared = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    /// <summary>Writes a fresh key pair to <paramref name="stem"/>.key (owner-only) and .pub; refuses to overwrite either.</summary>
    public static (string PrivatePath, string PublicPath) Generate(string stem)
    {
        string privatePath = stem + ".key";
        string publicPath = stem + ".pub";
        foreach (string path in new[] { privatePath, publicPath }.Where(File.Exists))
        {
            throw new IOException($"'{path}' exists; a key is never overwritten");
        }
        using var key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        Write(privatePath, Pem(key.Export(KeyBlobFormat.PkixPrivateKeyText)), OwnerOnly);
        Write(publicPath, Pem(key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText)), OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return (privatePath, publicPath);
    }

    /// <summary>The private key in <paramref name="path"/>; refused when the file is readable beyond its owner or holds a public key.</summary>
    public static Key LoadPrivate(string path)
    {
        (KeyFile kind, byte[] bytes) = Read(path);
        if (kind is KeyFile.PublicPem or KeyFile.RawPublic)
        {
            throw new InvalidDataException($"'{path}' holds a public key; signing needs the private key (NAME.key from nexus keygen)");
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & Shared) != 0)
        {
            throw new InvalidDataException(
                $"'{path}' is a private key that its group or others may read (mode {Octal(File.GetUnixFileMode(path))}); make it owner-only: chmod 600 '{path}'");
        }
        // Imported with the default export policy: none, the key never leaves this process.
        return kind == KeyFile.PrivatePem
            ? Import(path, () => Key.Import(Ed25519, bytes, KeyBlobFormat.PkixPrivateKeyText))
            : Import(path, () => Key.Import(Ed25519, bytes, KeyBlobFormat.RawPrivateKey));
    }

    /// <summary>The public key in <paramref name="path"/>; refused when the file holds a private key.</summary>
    public static PublicKey LoadPublic(string path) => Read(path) switch
    {
        (KeyFile.PublicPem, byte[] pem) => Import(path, () => PublicKey.Import(Ed25519, pem, KeyBlobFormat.PkixPublicKeyText)),
        (KeyFile.RawPublic, byte[] raw) => Import(path, () => PublicKey.Import(Ed25519, raw, KeyBlobFormat.RawPublicKey)),
        _ => throw new InvalidDataException($"'{path}' holds a private key; checking a proof needs the public key (NAME.pub from nexus keygen), which can be shared"),
    };

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

    private enum KeyFile
    {
        PrivatePem,
        PublicPem,
        RawPrivate,
        RawPublic,
    }

    /// <summary>What <paramref name="path"/> holds, by its PEM label (or, for the earlier one-line form, by
    /// its name), and its bytes as the importer takes them.</summary>
    private static (KeyFile Kind, byte[] Bytes) Read(string path)
    {
        string text = File.ReadAllText(path).Trim();
        if (text.StartsWith(PrivateLabel, StringComparison.Ordinal) || text.StartsWith(PublicLabel, StringComparison.Ordinal))
        {
            return (text.StartsWith(PrivateLabel, StringComparison.Ordinal) ? KeyFile.PrivatePem : KeyFile.PublicPem, Encoding.ASCII.GetBytes(text));
        }
        try
        {
            byte[] raw = Convert.FromBase64String(text);
            if (raw.Length == 32)
            {
                return (path.EndsWith(".pub", StringComparison.Ordinal) ? KeyFile.RawPublic : KeyFile.RawPrivate, raw);
            }
        }
        catch (FormatException)
        {
        }
        throw NotAKey(path);
    }

    private static T Import<T>(string path, Func<T> import)
    {
        try
        {
            return import();
        }
        catch (FormatException)
        {
            throw NotAKey(path);
        }
    }

    private static InvalidDataException NotAKey(string path) =>
        new($"'{path}' does not hold an Ed25519 key (PEM, PKCS#8 or SPKI, as nexus keygen writes, or one line of 32 bytes in base64)");

    private static void Write(string path, byte[] contents, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }
        using var file = new FileStream(path, options);
        file.Write(contents);
    }

    /// <summary>PEM text with the line ends openssl writes.</summary>
    private static byte[] Pem(byte[] text) => Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(text).ReplaceLineEndings("\n"));

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8);
}
