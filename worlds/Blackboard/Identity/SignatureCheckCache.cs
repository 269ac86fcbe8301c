using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Nexus.Worlds.Blackboard.Identity;

/// <summary>The answers of recent Ed25519 checks, so a signature checked once is not checked again: a
/// Fact is checked where it is admitted, again when an Intent concluded with it is decided, and again by
/// the oracle that checks the run, each time a worker retries a commit, and a check costs ~50 µs where a
/// look-up costs one SHA-256 of what was signed. An answer is keyed by the SHA-256 of the public key, the
/// signature and the data together, so only the very same three get it. One cache per thread (a sweep
/// runs its units on several), emptied when it reaches <see cref="Capacity"/> answers; what it holds
/// never changes an answer, only whether it is computed again.</summary>
internal static class SignatureCheckCache
{
    /// <summary>The answers a thread keeps before it starts over.</summary>
    public const int Capacity = 1 << 16;

    [ThreadStatic]
    private static Dictionary<Digest, bool>? t_answers;

    /// <summary>The answer of <paramref name="check"/> for these three, computed once.</summary>
    public static bool Check(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, CheckSignature check)
    {
        Dictionary<Digest, bool> answers = t_answers ??= [];
        Digest key = Digest.Of(publicKey, data, signature);
        if (answers.TryGetValue(key, out bool known))
        {
            return known;
        }
        bool valid = check(publicKey, data, signature);
        if (answers.Count >= Capacity)
        {
            answers.Clear();
        }
        answers[key] = valid;
        return valid;
    }

    /// <summary>A signature check over spans.</summary>
    public delegate bool CheckSignature(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature);

    private readonly record struct Digest(ulong A, ulong B, ulong C, ulong D)
    {
        public static Digest Of(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
        {
            int length = 8 + publicKey.Length + signature.Length + data.Length;
            byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                Span<byte> bytes = buffer.AsSpan(0, length);
                BinaryPrimitives.WriteInt32LittleEndian(bytes, publicKey.Length);
                BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], signature.Length);
                publicKey.CopyTo(bytes[8..]);
                signature.CopyTo(bytes[(8 + publicKey.Length)..]);
                data.CopyTo(bytes[(8 + publicKey.Length + signature.Length)..]);
                Span<byte> digest = stackalloc byte[32];
                SHA256.HashData(bytes, digest);
                return new(BinaryPrimitives.ReadUInt64LittleEndian(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]),
                    BinaryPrimitives.ReadUInt64LittleEndian(digest[16..]), BinaryPrimitives.ReadUInt64LittleEndian(digest[24..]));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
