using System.Globalization;
using Nexus.Engine.Randomness;
using Nexus.Engine.Tracing;

namespace Nexus.Engine.Runtime;

/// <summary>Choices drawn from a seeded stream, each written to the trace when there is one.</summary>
public sealed class SeededChoiceSource(SimRandom random, Func<long>? clock = null, SimTrace? trace = null) : IChoiceSource
{
    /// <inheritdoc />
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        int value = random.Next(maxExclusive);
        Record(value, maxExclusive);
        return value;
    }

    /// <inheritdoc />
    public bool NextBool() => NextInt(2) == 1;

    /// <inheritdoc />
    public string Describe() => "seeded(seed=" + random.Seed.ToString(CultureInfo.InvariantCulture) + ")";

    private void Record(int value, int maxExclusive)
    {
        if (trace is null)
        {
            return;
        }
        trace.Begin(clock?.Invoke() ?? 0, "choice").Field("value", value).Field("of", maxExclusive).End();
    }
}
