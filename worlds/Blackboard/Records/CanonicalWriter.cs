using System.Buffers.Binary;
using System.Text;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Canonical bytes of a record: fields in a fixed order, each a 4-byte big-endian length
/// then its bytes (text as UTF-8, numbers as 8-byte big-endian). Two records have the same bytes
/// exactly when their fields are equal, so hashes and signatures over them are unambiguous.</summary>
public sealed class CanonicalWriter
{
    private readonly MemoryStream _buffer = new();

    /// <summary>Appends a text field.</summary>
    public CanonicalWriter Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Bytes(Encoding.UTF8.GetBytes(value));
    }

    /// <summary>Appends a byte field.</summary>
    public CanonicalWriter Bytes(ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        _buffer.Write(length);
        _buffer.Write(value);
        return this;
    }

    /// <summary>Appends a whole-number field.</summary>
    public CanonicalWriter Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return Bytes(bytes);
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => _buffer.ToArray();
}
