using System.Globalization;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>The blackboard world's fact set and divergence, in the network world's form: <c>F(s)</c> holds
/// the chain head, one fact per committed Fact id, one per Intent with its whole status, and one per
/// Hint; <c>d(a, b) = |F(a) △ F(b)| / (|F(a)| + |F(b)|)</c>.</summary>
public static class BlackboardMetrics
{
    /// <summary><c>F(s)</c> as text facts.</summary>
    public static HashSet<string> Facts(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var facts = new HashSet<string>(StringComparer.Ordinal) { "head|" + state.Head };
        facts.UnionWith(state.Facts.Keys.Select(id => "fact|" + id));
        facts.UnionWith(state.Intents.Values.Select(intent => string.Create(CultureInfo.InvariantCulture,
            $"intent|{intent.Id}|{intent.Phase}|{intent.Worker}|{intent.LastHeartbeatAt}|{intent.ToFact}|{intent.ConcludedAt}")));
        facts.UnionWith(state.Hints.Keys.Select(id => "hint|" + id));
        return facts;
    }

    /// <summary><c>|F(s)| = 1 + |facts| + |intents| + |hints|</c>.</summary>
    public static int FactCount(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return 1 + state.Facts.Count + state.Intents.Count + state.Hints.Count;
    }

    /// <summary>The share of the two fact sets that is not shared.</summary>
    public static double Divergence(BlackboardState a, BlackboardState b)
    {
        HashSet<string> difference = Facts(a);
        difference.SymmetricExceptWith(Facts(b));
        return (double)difference.Count / (FactCount(a) + FactCount(b));
    }
}
