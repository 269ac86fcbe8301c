using Microsoft.Coyote.Random;

namespace Nexus.Engine.Runtime;

/// <summary>Choices from Coyote's controlled generator: under a Coyote test its strategy decides them
/// and a bug's trace replays them; outside one they are ordinary random values.</summary>
public sealed class CoyoteChoiceSource : IChoiceSource
{
    private readonly Generator _generator = Generator.Create();

    /// <inheritdoc />
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return _generator.NextInteger(maxExclusive);
    }

    /// <inheritdoc />
    public bool NextBool() => _generator.NextBoolean();

    /// <inheritdoc />
    public string Describe() => "coyote-controlled";
}
