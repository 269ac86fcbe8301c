namespace Nexus.Worlds.Blackboard.Records;

/// <summary>What a Fact says: a mime type and the payload bytes.</summary>
public sealed record Content(string MimeType, byte[] Bytes)
{
    /// <summary>Equal when the mime types and every byte are equal.</summary>
    public bool Equals(Content? other) =>
        other is not null && MimeType == other.MimeType && Bytes.AsSpan().SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MimeType, Bytes.Length); // determinism-ok: never ordered by
}
