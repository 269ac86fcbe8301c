using System.Text;

namespace Nexus.Engine.Randomness;

/// <summary>The stable functions that turn one seed into many: SplitMix64 and FNV-1a.
/// Both are fixed by their published definitions, so derived seeds never depend on the
/// process, the machine or the .NET version (unlike <see cref="object.GetHashCode"/>).</summary>
public static class SeedMixer
{
    private const ulong FnvOffsetBasis = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>One SplitMix64 output for the state <paramref name="state"/>, advancing it.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a, 64-bit, over the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ulong hash = FnvOffsetBasis;
        Span<byte> buffer = stackalloc byte[256];
        int byteCount = Encoding.UTF8.GetByteCount(text);
        Span<byte> bytes = byteCount <= buffer.Length ? buffer[..byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * FnvPrime;
        }
        return hash;
    }

    /// <summary>The seed of the child stream <paramref name="streamName"/> of a stream seeded with
    /// <paramref name="parentSeed"/>: depends on those two values only.</summary>
    public static ulong ChildSeed(ulong parentSeed, string streamName)
    {
        ulong state = parentSeed ^ Fnv1a64(streamName);
        return SplitMix64(ref state);
    }
}
