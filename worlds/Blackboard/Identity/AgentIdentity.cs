using System.Security.Cryptography;
using NSec.Cryptography;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Identity;

/// <summary>An agent's Ed25519 key pair, derived from (run seed, agent name) so every run is
/// byte-identical; its id is the first 16 bytes of SHA-256(public key), lowercase hex. Ed25519
/// signing is deterministic, so signatures are too.</summary>
public sealed class AgentIdentity : IDisposable
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly Key _key;

    private AgentIdentity(string name, Key key)
    {
        Name = name;
        _key = key;
        PublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        Id = IdOf(PublicKey);
    }

    /// <summary>The agent's name within the run.</summary>
    public string Name { get; }

    /// <summary>The raw 32-byte public key.</summary>
    public byte[] PublicKey { get; }

    /// <summary>First 16 bytes of SHA-256(public key), lowercase hex.</summary>
    public string Id { get; }

    /// <summary>The identity of <paramref name="name"/> in the run seeded with <paramref name="seed"/>.</summary>
    public static AgentIdentity Derive(ulong seed, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        byte[] material = new CanonicalWriter().Text("nexus-agent-key").Number(unchecked((long)seed)).Text(name).ToArray();
        byte[] privateSeed = SHA256.HashData(material);
        var key = Key.Import(Ed25519, privateSeed, KeyBlobFormat.RawPrivateKey);
        return new AgentIdentity(name, key);
    }

    /// <summary>The id a public key stands for.</summary>
    public static string IdOf(ReadOnlySpan<byte> publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey)[..16]);

    /// <summary>True when <paramref name="signature"/> is this key's Ed25519 signature of <paramref name="data"/>.
    /// The same three checked again get the answer the first check computed (<see cref="SignatureCheckCache"/>).</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        SignatureCheckCache.Check(publicKey, data, signature, VerifyOnce);

    private static bool VerifyOnce(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (!PublicKeyImport(publicKey, out NSec.Cryptography.PublicKey? key))
        {
            return false;
        }
        return Ed25519.Verify(key!, data, signature);
    }

    /// <summary>Signs <paramref name="data"/>.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => Ed25519.Sign(_key, data);

    /// <summary>A Fact by this agent, with its id and signature filled in and no chain link yet.</summary>
    public Fact CreateFact(Content content, Origin origin)
    {
        string id = Fact.ComputeId(content, origin, Id);
        var unsigned = new Fact(id, content, origin, Id, PublicKey, [], "");
        return unsigned with { Signature = unsigned.SignedFields().Read(Sign) };
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    private static bool PublicKeyImport(ReadOnlySpan<byte> raw, out NSec.Cryptography.PublicKey? key) =>
        NSec.Cryptography.PublicKey.TryImport(Ed25519, raw, KeyBlobFormat.RawPublicKey, out key);

    /// <summary>For log lines: the name and the id.</summary>
    public override string ToString() => $"{Name} ({Id})";
}
