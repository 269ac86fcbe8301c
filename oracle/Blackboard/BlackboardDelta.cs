using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>What an action changed: the edits that take the state before to the state after, in a
/// fixed order (head, then Facts, Intents and Hints by id), one for each thing that changes and none
/// for what stays as it was.</summary>
public sealed record BlackboardDelta(IReadOnlyList<BlackboardEdit> Edits)
{
    /// <summary>The ids of the Facts, Intents and Hints the edits put or remove.</summary>
    public StateIds EditedIds() => new(
        [.. Edits.Where(edit => edit.Kind == BlackboardEditKind.PutFact).Select(edit => edit.Key)],
        [.. Edits.Where(edit => edit.Kind is BlackboardEditKind.PutIntent or BlackboardEditKind.RemoveIntent).Select(edit => edit.Key)],
        [.. Edits.Where(edit => edit.Kind is BlackboardEditKind.PutHint or BlackboardEditKind.RemoveHint).Select(edit => edit.Key)]);

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
