using System.Numerics;

namespace Nexus.Engine.Randomness;

/// <summary>CPython's <c>random.Random</c> (3.11/3.12), bit for bit: MT19937 seeded by
/// <c>init_by_array</c> from an integer's 32-bit words, and CPython's derived routines
/// (<c>random</c>, <c>getrandbits</c>, <c>randbelow</c>, <c>choice</c>, <c>sample</c>, <c>choices</c>,
/// <c>shuffle</c>). Worlds whose published reference is in Python draw from this, so the same seed
/// gives the same trajectory (the network world's drivers depend on it: docs/network-world.md).</summary>
public sealed class CPythonRandom
{
    private const int StateSize = 624;
    private const int Shift = 397;
    private const uint MatrixA = 0x9908B0DF;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7FFFFFFF;

    private readonly uint[] _mt = new uint[StateSize];
    private int _index;

    /// <summary>The generator <c>random.Random(seed)</c>; a negative seed acts as its absolute value.</summary>
    public CPythonRandom(BigInteger seed)
    {
        BigInteger n = BigInteger.Abs(seed);
        var key = new List<uint>();
        do
        {
            key.Add((uint)(n & 0xFFFFFFFF));
            n >>= 32;
        }
        while (n > 0);
        InitByArray(key);
    }

    /// <summary>The next raw 32-bit word.</summary>
    public uint Next32()
    {
        if (_index >= StateSize)
        {
            Regenerate();
        }
        uint y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >> 18;
        return y;
    }

    /// <summary><c>random()</c>: 53 bits from two words, high part first, in [0, 1).</summary>
    public double Random()
    {
        uint a = Next32() >> 5;
        uint b = Next32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary><c>getrandbits(k)</c> for <paramref name="bits"/> &lt;= 64.</summary>
    public ulong GetRandBits(int bits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, 64);
        if (bits == 0)
        {
            return 0;
        }
        if (bits <= 32)
        {
            return Next32() >> (32 - bits);
        }
        ulong low = Next32();
        int remaining = bits - 32;
        ulong high = remaining == 32 ? Next32() : Next32() >> (32 - remaining);
        return low | (high << 32);
    }

    /// <summary><c>_randbelow(n)</c>: uniform in [0, n) by rejection on <c>getrandbits(bitlength(n))</c>.</summary>
    public int RandBelow(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int bits = 32 - BitOperations.LeadingZeroCount((uint)n);
        ulong r;
        do
        {
            r = GetRandBits(bits);
        }
        while (r >= (ulong)n);
        return (int)r;
    }

    /// <summary><c>choice(seq)</c>.</summary>
    public T Choice<T>(IReadOnlyList<T> sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        if (sequence.Count == 0)
        {
            throw new ArgumentException("cannot choose from an empty sequence", nameof(sequence));
        }
        return sequence[RandBelow(sequence.Count)];
    }

    /// <summary><c>sample(population, k)</c>: k distinct elements in selection order.</summary>
    public T[] Sample<T>(IReadOnlyList<T> population, int k)
    {
        ArgumentNullException.ThrowIfNull(population);
        int n = population.Count;
        if (k < 0 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"sample larger than population ({n}) or negative");
        }
        int setSize = 21;
        if (k > 5)
        {
            setSize += (int)Math.Pow(4, Math.Ceiling(Math.Log(3 * k) / Math.Log(4)));
        }
        var result = new T[k];
        if (n <= setSize)
        {
            T[] pool = [.. population];
            for (int i = 0; i < k; i++)
            {
                int j = RandBelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
            return result;
        }
        var selected = new HashSet<int>();
        for (int i = 0; i < k; i++)
        {
            int j = RandBelow(n);
            while (!selected.Add(j))
            {
                j = RandBelow(n);
            }
            result[i] = population[j];
        }
        return result;
    }

    /// <summary><c>choices(population, weights)</c> for one pick, given the cumulative weights: one <c>random()</c>,
    /// then <c>bisect_right(cum, x, 0, n - 1)</c>.</summary>
    public int ChooseIndex(IReadOnlyList<double> cumulativeWeights)
    {
        ArgumentNullException.ThrowIfNull(cumulativeWeights);
        int n = cumulativeWeights.Count;
        double x = Random() * cumulativeWeights[n - 1];
        int low = 0;
        int high = n - 1;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (x < cumulativeWeights[middle])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    /// <summary><c>shuffle(list)</c>, in place.</summary>
    public void Shuffle<T>(IList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = RandBelow(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private void InitByArray(List<uint> key)
    {
        _mt[0] = 19650218;
        for (int k = 1; k < StateSize; k++)
        {
            _mt[k] = unchecked(1812433253 * (_mt[k - 1] ^ (_mt[k - 1] >> 30)) + (uint)k);
        }
        int i = 1;
        int j = 0;
        for (int k = Math.Max(StateSize, key.Count); k > 0; k--)
        {
            _mt[i] = unchecked((_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525)) + key[j] + (uint)j);
            i++;
            j++;
            if (i >= StateSize)
            {
                _mt[0] = _mt[StateSize - 1];
                i = 1;
            }
            if (j >= key.Count)
            {
                j = 0;
            }
        }
        for (int k = StateSize - 1; k > 0; k--)
        {
            _mt[i] = unchecked((_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941)) - (uint)i);
            i++;
            if (i >= StateSize)
            {
                _mt[0] = _mt[StateSize - 1];
                i = 1;
            }
        }
        _mt[0] = 0x80000000;
        _index = StateSize;
    }

    private void Regenerate()
    {
        for (int k = 0; k < StateSize; k++)
        {
            uint y = (_mt[k] & UpperMask) | (_mt[(k + 1) % StateSize] & LowerMask);
            _mt[k] = _mt[(k + Shift) % StateSize] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : MatrixA);
        }
        _index = 0;
    }
}
