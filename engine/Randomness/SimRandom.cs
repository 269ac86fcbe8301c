using System.Runtime.CompilerServices;
using Nexus.Engine.Runtime;

namespace Nexus.Engine.Randomness;

/// <summary>A seeded xoshiro256** stream. It derives from <see cref="Random"/> so that MathNet
/// distributions can draw from it; every method of <see cref="Random"/> is overridden, so no
/// value ever comes from the base class. There is deliberately no parameterless constructor.
/// A controlled stream (<see cref="Controlled"/>) takes its bits from a choice source instead, so
/// that under Coyote every draw is one of the tester's decisions, recorded in its trace. A draw's top
/// <see cref="ChosenBits"/> bits are chosen, the rest come from a fixed SplitMix64 sequence, and the
/// whole is whitened (xor with that sequence): every outcome a simulation asks for (a bounded integer
/// up to 65,536 values, a chance, a latency quantile to one part in 65,536) is reachable by some
/// choice, a strategy that repeats one choice (Coyote's q-learning does) still gets distinct draws, so
/// a rejection sampler (the polar method behind a lognormal) cannot loop for ever, and a certain
/// outcome (a chance of 0 or 1) is no decision at all. A choice costs the tester a step, and a 64-bit
/// draw of eight choices made the network's draws most of a Coyote iteration's steps.</summary>
public sealed class SimRandom : Random
{
    /// <summary>Bits per controlled choice. Small on purpose: Coyote's q-learning strategy keeps a
    /// learned value for every possible outcome of every choice it meets, and at 2^22 outcomes a choice
    /// it exhausted memory before finishing one iteration.</summary>
    private const int ChoiceBits = 8;

    /// <summary>The bits of a controlled draw that are chosen, at its top: two choices.</summary>
    public const int ChosenBits = 16;

    private const int ChoicesPerDraw = ChosenBits / ChoiceBits;

    private readonly IChoiceSource? _choices;
    private ulong _whitening;
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>A stream whose every value follows from <paramref name="seed"/>.</summary>
    public SimRandom(ulong seed) : base(0)
    {
        Seed = seed;
        ulong state = seed;
        _s0 = SeedMixer.SplitMix64(ref state);
        _s1 = SeedMixer.SplitMix64(ref state);
        _s2 = SeedMixer.SplitMix64(ref state);
        _s3 = SeedMixer.SplitMix64(ref state);
        Invariant.True((_s0 | _s1 | _s2 | _s3) != 0, "xoshiro256** state must not be all zero (seed {0})", seed);
    }

    private SimRandom(IChoiceSource choices) : this(0)
    {
        _choices = choices;
    }

    /// <summary>A stream whose every bit is a decision of <paramref name="choices"/>.</summary>
    public static SimRandom Controlled(IChoiceSource choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new SimRandom(choices);
    }

    /// <summary>The seed this stream was made from (0 for a controlled stream).</summary>
    public ulong Seed { get; }

    /// <summary>A child stream named <paramref name="streamName"/>. Its values depend only on this
    /// stream's seed and the name: not on how far this stream has advanced, nor on other children.
    /// A controlled stream's child draws from the same choice source.</summary>
    public SimRandom Fork(string streamName) =>
        _choices is null ? new(SeedMixer.ChildSeed(Seed, streamName)) : new(_choices);

    /// <summary>The next 64 uniformly distributed bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        if (_choices is not null)
        {
            return (Chosen(_choices) << (64 - ChosenBits)) ^ SeedMixer.SplitMix64(ref _whitening);
        }
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong Chosen(IChoiceSource choices)
    {
        ulong bits = 0;
        for (int i = 0; i < ChoicesPerDraw; i++)
        {
            bits = (bits << ChoiceBits) | (uint)choices.NextInt(1 << ChoiceBits);
        }
        return bits;
    }

    /// <summary>Uniform in [0, 1), 53 bits of precision.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An Exp(1) variate by inversion; never infinite, since 1 - u lies in (0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextExponential() => -Math.Log(1.0 - NextDouble());

    /// <summary>True with probability <paramref name="probability"/>. A seeded stream consumes one draw
    /// either way; a controlled one asks nothing when the outcome is certain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(Probability probability) =>
        _choices is not null && probability.Value is 0.0 or 1.0 ? probability.Value == 1.0 : NextDouble() < probability.Value;

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>), unbiased (Lemire's method).</summary>
    public ulong NextUInt64(ulong maxExclusive)
    {
        if (maxExclusive == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "bound must be positive");
        }
        UInt128 product = (UInt128)NextUInt64() * maxExclusive;
        ulong low = (ulong)product;
        if (low < maxExclusive)
        {
            ulong threshold = (0UL - maxExclusive) % maxExclusive;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * maxExclusive;
                low = (ulong)product;
            }
        }
        return (ulong)(product >> 64);
    }

    /// <inheritdoc />
    public override int Next() => (int)(NextUInt64() >> 33);

    /// <inheritdoc />
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return maxValue == 0 ? 0 : (int)NextUInt64((ulong)maxValue);
    }

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        ulong range = (ulong)((long)maxValue - minValue);
        return range == 0 ? minValue : (int)(minValue + (long)NextUInt64(range));
    }

    /// <inheritdoc />
    public override long NextInt64() => (long)(NextUInt64() >> 1);

    /// <inheritdoc />
    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return maxValue == 0 ? 0 : (long)NextUInt64((ulong)maxValue);
    }

    /// <inheritdoc />
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        ulong range = (ulong)(maxValue - minValue);
        return range == 0 ? minValue : minValue + (long)NextUInt64(range);
    }

    /// <inheritdoc />
    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    /// <summary>Fills <paramref name="buffer"/> eight bytes per draw, the draw's high byte first.</summary>
    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i += sizeof(ulong))
        {
            ulong draw = NextUInt64();
            for (int j = i; j < Math.Min(buffer.Length, i + sizeof(ulong)); j++, draw <<= 8)
            {
                buffer[j] = (byte)(draw >> 56);
            }
        }
    }

    /// <inheritdoc />
    protected override double Sample() => NextDouble();
}
