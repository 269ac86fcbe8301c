using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>What an action changed: the edits that take the state before to the state after.</summary>
public sealed record BlackboardDelta(IReadOnlyList<BlackboardEdit> Edits)
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

    /// <summary>Applies the edits to <paramref name="state"/>, in order.</summary>
    public BlackboardState ApplyTo(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (BlackboardEdit edit in Edits)
        {
            state = edit.Kind switch
            {
                BlackboardEditKind.SetHead => state with { Head = edit.Key },
                BlackboardEditKind.PutFact => state with { Facts = state.Facts.SetItem(edit.Key, edit.Fact!) },
                BlackboardEditKind.PutIntent => state with { Intents = state.Intents.SetItem(edit.Key, edit.Intent!) },
                BlackboardEditKind.RemoveIntent => state with { Intents = state.Intents.Remove(edit.Key) },
                BlackboardEditKind.PutHint => state with { Hints = state.Hints.SetItem(edit.Key, edit.Hint!) },
                _ => state with { Hints = state.Hints.Remove(edit.Key) },
            };
        }
        return state;
    }
}
