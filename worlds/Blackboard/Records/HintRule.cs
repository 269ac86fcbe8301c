using System.Globalization;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>The rules a Hint can state: <c>max-facts-per-agent:N</c> (an agent with N committed Facts
/// may commit no more), <c>max-open-intents-per-agent:N</c> (an agent with N unconcluded Intents may
/// submit no more) and <c>max-intents-per-agent-per-second:N</c> (an agent with N Intents admitted
/// within the second before the submission, on the deciding worker's clock, may submit no more for now).</summary>
public readonly record struct HintRule(string Kind, int Limit)
{
    /// <summary>The limit on committed Facts per agent.</summary>
    public const string MaxFactsPerAgent = "max-facts-per-agent";

    /// <summary>The limit on unconcluded Intents per agent.</summary>
    public const string MaxOpenIntentsPerAgent = "max-open-intents-per-agent";

    /// <summary>The throttle on Intents per agent: at most N admitted (by their admission time) within the last second.</summary>
    public const string MaxIntentsPerAgentPerSecond = "max-intents-per-agent-per-second";

    /// <summary>The forms a rule takes, as an error lists them.</summary>
    public const string Forms = MaxFactsPerAgent + ":N, " + MaxOpenIntentsPerAgent + ":N, " + MaxIntentsPerAgentPerSecond + ":N";

    /// <summary>Parses <paramref name="rule"/>; false for anything but the known forms with a limit >= 0.</summary>
    public static bool TryParse(string rule, out HintRule parsed)
    {
        parsed = default;
        int colon = rule?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0)
        {
            return false;
        }
        ReadOnlySpan<char> name = rule!.AsSpan(0, colon);
        string? kind = name.SequenceEqual(MaxFactsPerAgent) ? MaxFactsPerAgent
            : name.SequenceEqual(MaxOpenIntentsPerAgent) ? MaxOpenIntentsPerAgent
            : name.SequenceEqual(MaxIntentsPerAgentPerSecond) ? MaxIntentsPerAgentPerSecond
            : null;
        if (kind is null || !int.TryParse(rule.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int limit))
        {
            return false;
        }
        parsed = new HintRule(kind, limit);
        return true;
    }
}
