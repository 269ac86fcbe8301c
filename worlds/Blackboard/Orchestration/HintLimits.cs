using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The orchestration's reading of its governance Hints: the tightest active limit of a kind.</summary>
internal static class HintLimits
{
    /// <summary>The smallest limit of <paramref name="kind"/> among the Hints active at <paramref name="at"/>, or null when none is.</summary>
    public static int? Active(BlackboardState view, string kind, long at)
    {
        int? limit = null;
        foreach (Hint hint in view.Hints.Values)
        {
            if (hint.IsActiveAt(at) && HintRule.TryParse(hint.Rule, out HintRule rule) && rule.Kind == kind)
            {
                limit = limit is null ? rule.Limit : Math.Min(limit.Value, rule.Limit);
            }
        }
        return limit;
    }
}
