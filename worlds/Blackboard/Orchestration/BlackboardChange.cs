using System.Collections.Immutable;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>What one commit changes, as the rules decide it and as its commit-log entry holds it: the
/// head after it, the Facts it links, the Intents it sets or removes and the Hints it adds or removes,
/// each list in id order. A worker that reads it applies it to the state of the commit before and has
/// the state after; applying it costs what it changes, whatever the size of the state.</summary>
public sealed record BlackboardChange(string Head, Fact[] Facts, Intent[] Intents, string[] RemovedIntents, Hint[] Hints, string[] RemovedHints)
{
    /// <summary>The commit attempt that wrote this entry (a worker's name and its attempt count), so that
    /// two workers making the same change at the same place in the log write different entries and each
    /// can tell from the log whether its own swap applied; null in a change not yet bound for the log.</summary>
    public string? Writer { get; init; }

    /// <summary>True when nothing changes but perhaps the head.</summary>
    public bool IsEmpty => Facts.Length == 0 && Intents.Length == 0 && RemovedIntents.Length == 0 && Hints.Length == 0 && RemovedHints.Length == 0;

    /// <summary><paramref name="fact"/> linked as the chain's new head (its link already set), with
    /// <paramref name="intents"/> set in the same commit.</summary>
    public static BlackboardChange Link(Fact fact, params Intent[] intents)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new(fact.Id, [fact], intents, [], [], []);
    }

    /// <summary><paramref name="intent"/> set on <paramref name="state"/>.</summary>
    public static BlackboardChange Set(BlackboardState state, Intent intent)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Head, [], [intent], [], [], []);
    }

    /// <summary><paramref name="hint"/> added to <paramref name="state"/>.</summary>
    public static BlackboardChange Add(BlackboardState state, Hint hint)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Head, [], [], [], [hint], []);
    }

    /// <summary>This change without what it would not change in <paramref name="state"/>: Facts, Intents
    /// and Hints equal to those already there, and removals of ids that are not.</summary>
    public BlackboardChange Net(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return this with
        {
            Facts = Keep(Facts, fact => Changed(state.Facts.GetValueOrDefault(fact.Id), fact)),
            Intents = Keep(Intents, intent => Changed(state.Intents.GetValueOrDefault(intent.Id), intent)),
            RemovedIntents = Keep(RemovedIntents, state.Intents.ContainsKey),
            Hints = Keep(Hints, hint => Changed(state.Hints.GetValueOrDefault(hint.Id), hint)),
            RemovedHints = Keep(RemovedHints, state.Hints.ContainsKey),
        };
    }

    /// <summary><paramref name="state"/> with this change made.</summary>
    public BlackboardState ApplyTo(BlackboardState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Apply(Head, Facts, Intents, RemovedIntents, Hints, RemovedHints);
    }

    /// <summary>The atomic swap that commits this change as commit <paramref name="number"/> over
    /// <paramref name="before"/>: the log entry, the chain head, and each Intent's and Hint's commit point.</summary>
    public List<StateSwap> Swaps(BlackboardState before, long number)
    {
        ArgumentNullException.ThrowIfNull(before);
        var swaps = new List<StateSwap>(2 + Facts.Length + Intents.Length + RemovedIntents.Length + Hints.Length + RemovedHints.Length)
        {
            new(CommitLog.Key(number), "", Encode()),
        };
        if (Head != before.Head)
        {
            swaps.Add(new StateSwap(BlackboardService.HeadKey, before.Head, Head));
        }
        foreach (Fact fact in Facts)
        {
            swaps.Add(new StateSwap(StoredFact.Key(fact.Id), before.Facts.TryGetValue(fact.Id, out Fact? known) ? StoredFact.Encode(known) : "", StoredFact.Encode(fact)));
        }
        foreach (Intent intent in Intents)
        {
            swaps.Add(new StateSwap(StoredIntent.StatusKey(intent.Id), StatusOf(before, intent.Id), StoredIntent.EncodeStatus(intent)));
        }
        foreach (string id in RemovedIntents)
        {
            swaps.Add(new StateSwap(StoredIntent.StatusKey(id), StatusOf(before, id), ""));
        }
        foreach (Hint hint in Hints)
        {
            swaps.Add(new StateSwap(StoredHint.Key(hint.Id), before.Hints.TryGetValue(hint.Id, out Hint? known) ? StoredHint.Encode(known) : "", StoredHint.Encode(hint)));
        }
        foreach (string id in RemovedHints)
        {
            swaps.Add(new StateSwap(StoredHint.Key(id), StoredHint.Encode(before.Hints[id]), ""));
        }
        return swaps;
    }

    /// <summary>The log entry, in the compact encoding of <see cref="EntryWriter"/>.</summary>
    public string Encode() => ChangeEncoding.Encode(this);

    /// <summary>A log entry read back; <see cref="InvalidDataException"/> when it does not parse.</summary>
    public static BlackboardChange Decode(string entry) => ChangeEncoding.Decode(entry);

    private static T[] Keep<T>(T[] items, Func<T, bool> keep)
    {
        foreach (T item in items)
        {
            if (!keep(item))
            {
                return [.. items.Where(keep)];
            }
        }
        return items;
    }

    private static bool Changed<T>(T? before, T after) where T : class => !ReferenceEquals(before, after) && !after.Equals(before);

    private static string StatusOf(BlackboardState state, string intentId) =>
        state.Intents.TryGetValue(intentId, out Intent? intent) ? StoredIntent.EncodeStatus(intent) : "";
}
