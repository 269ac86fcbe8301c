
namespace Nexus.Worlds.Blackboard.Records;

/// <summary>A validated result on the blackboard. Its id is SHA-256 over the canonical bytes of
/// (content, origin, creator): content-addressed. The creator signs the canonical bytes of every
/// field but the signature and <see cref="Previous"/>, which the commit assigns: the chain link is
/// protected by the compare-and-swap on the chain head, not by the signature.</summary>
public sealed record Fact(string Id, Content Content, Origin Origin, string Creator, byte[] PublicKey, byte[] Signature, string Previous)
{
    /// <summary>The content address of (content, origin, creator), lowercase hex.</summary>
    public static string ComputeId(Content content, Origin origin, string creator)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        return new CanonicalWriter().Text(content.MimeType).Bytes(content.Bytes)
            .Text(origin.AssetId).Number(origin.Timestamp).Text(creator).Sha256Hex();
    }

    /// <summary>The bytes the creator signs.</summary>
    public byte[] SignedBytes() => SignedFields().ToArray();

    /// <summary>A writer holding the bytes the creator signs, to be read in place.</summary>
    public CanonicalWriter SignedFields() => new CanonicalWriter().Text("fact").Text(Id).Text(Content.MimeType).Bytes(Content.Bytes)
        .Text(Origin.AssetId).Number(Origin.Timestamp).Text(Creator).Bytes(PublicKey);

    /// <summary>Equal when every field is, byte for byte.</summary>
    public bool Equals(Fact? other) =>
        other is not null && Id == other.Id && Content.Equals(other.Content) && Origin == other.Origin && Creator == other.Creator
        && PublicKey.AsSpan().SequenceEqual(other.PublicKey) && Signature.AsSpan().SequenceEqual(other.Signature) && Previous == other.Previous;

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal); // determinism-ok: never ordered by
}
