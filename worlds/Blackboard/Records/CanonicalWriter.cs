using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Canonical bytes of a record: fields in a fixed order, each a 4-byte big-endian length
/// then its bytes (text as UTF-8, numbers as 8-byte big-endian). Two records have the same bytes
/// exactly when their fields are equal, so hashes and signatures over them are unambiguous. The
/// fields are written into one growing buffer; hashing reads it in place.</summary>
public sealed class CanonicalWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    /// <summary>Appends a text field.</summary>
    public CanonicalWriter Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int length = Encoding.UTF8.GetByteCount(value);
        Length(length);
        _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length)));
        return this;
    }

    /// <summary>Appends a byte field.</summary>
    public CanonicalWriter Bytes(ReadOnlySpan<byte> value)
    {
        Length(value.Length);
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
    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>SHA-256 over the bytes written so far, lowercase hex: a content address.</summary>
    public string Sha256Hex()
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private void Length(int length)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), length);
        _buffer.Advance(4);
    }
}
