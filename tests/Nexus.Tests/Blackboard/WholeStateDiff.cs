using Nexus.Oracle.Blackboard;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Tests.Blackboard;

/// <summary>The delta between two whole states, found by comparing every Fact, Intent and Hint: what the
/// oracle's rules must emit by construction, computed the slow way to check them.</summary>
internal static class WholeStateDiff
{
    /// <summary>The edits from <paramref name="before"/> to <paramref name="after"/>, in a fixed order:
    /// head, then Facts, Intents and Hints by id.</summary>
    public static BlackboardDelta Between(BlackboardState before, BlackboardState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var edits = new List<BlackboardEdit>();
        if (before.Head != after.Head)
        {
            edits.Add(new BlackboardEdit(BlackboardEditKind.SetHead, after.Head));
        }
        foreach (var (id, fact) in after.Facts)
        {
            if (!before.Facts.TryGetValue(id, out Fact? old) || !old.Equals(fact))
            {
                edits.Add(new BlackboardEdit(BlackboardEditKind.PutFact, id, Fact: fact));
            }
        }
        foreach (string id in before.Intents.Keys.Union(after.Intents.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Intent? old = before.Intents.GetValueOrDefault(id);
            Intent? now = after.Intents.GetValueOrDefault(id);
            if (now is null)
            {
                edits.Add(new BlackboardEdit(BlackboardEditKind.RemoveIntent, id));
            }
            else if (old is null || !old.Equals(now))
            {
                edits.Add(new BlackboardEdit(BlackboardEditKind.PutIntent, id, Intent: now));
            }
        }
        foreach (string id in before.Hints.Keys.Union(after.Hints.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Hint? now = after.Hints.GetValueOrDefault(id);
            if (now is null)
            {
                edits.Add(new BlackboardEdit(BlackboardEditKind.RemoveHint, id));
            }
            else if (!before.Hints.ContainsKey(id))
            {
                edits.Add(new BlackboardEdit(BlackboardEditKind.PutHint, id, Hint: now));
            }
        }
        return new BlackboardDelta(edits);
    }

}
