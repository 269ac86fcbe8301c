using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Canonical bytes of a record: fields in a fixed order, each a 4-byte big-endian length
/// then its bytes (text as UTF-8, numbers as 8-byte big-endian). Two records have the same bytes
/// exactly when their fields are equal, so hashes and signatures over them are unambiguous. The
/// fields are written into one growing buffer; hashing reads it in place. A writer is used up by
/// <see cref="ToArray"/>, <see cref="Read"/> or <see cref="Sha256Hex"/>, which hand its buffer, cleared, to the next
/// writer on the same thread: an id or a signed text costs no buffer of its own, however large
/// the content it covers.</summary>
public sealed class CanonicalWriter
{
    /// <summary>The largest buffer kept for the next writer; a larger one is left to the collector.</summary>
    private const int KeptCapacityMax = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_spare;

    private ArrayBufferWriter<byte>? _buffer;

    /// <summary>An empty writer.</summary>
    public CanonicalWriter()
    {
        _buffer = t_spare ?? new ArrayBufferWriter<byte>(256);
        t_spare = null;
    }

    private ArrayBufferWriter<byte> Buffer => _buffer ?? throw new InvalidOperationException("this canonical writer was used up by ToArray, Read or Sha256Hex");

    /// <summary>Appends a text field.</summary>
    public CanonicalWriter Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int length = Encoding.UTF8.GetByteCount(value);
        Length(length);
        Buffer.Advance(Encoding.UTF8.GetBytes(value, Buffer.GetSpan(length)));
        return this;
    }

    /// <summary>Appends a byte field.</summary>
    public CanonicalWriter Bytes(ReadOnlySpan<byte> value)
    {
        Length(value.Length);
        Buffer.Write(value);
        return this;
    }

    /// <summary>Appends a whole-number field.</summary>
    public CanonicalWriter Number(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return Bytes(bytes);
    }

    /// <summary>The bytes written; the writer is used up.</summary>
    public byte[] ToArray()
    {
        byte[] bytes = Buffer.WrittenSpan.ToArray();
        Release();
        return bytes;
    }

    /// <summary>What <paramref name="use"/> makes of the bytes written, read in place; the writer is used up.</summary>
    public TResult Read<TResult>(Func<ReadOnlySpan<byte>, TResult> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        TResult result = use(Buffer.WrittenSpan);
        Release();
        return result;
    }

    /// <summary>SHA-256 over the bytes written, lowercase hex: a content address; the writer is used up.</summary>
    public string Sha256Hex()
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Buffer.WrittenSpan, hash);
        Release();
        return Convert.ToHexStringLower(hash);
    }

    private void Length(int length)
    {
        BinaryPrimitives.WriteInt32BigEndian(Buffer.GetSpan(4), length);
        Buffer.Advance(4);
    }

    private void Release()
    {
        ArrayBufferWriter<byte> buffer = Buffer;
        _buffer = null;
        if (buffer.Capacity <= KeptCapacityMax)
        {
            buffer.Clear();
            t_spare = buffer;
        }
    }
}
