using System.Text.Json;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>What one commit changed, as its commit-log entry: the new head, the Facts added, the
/// Intents set or removed and the Hints added or removed. A worker that reads it applies it to the
/// state of the commit before and has the state after.</summary>
internal sealed record BlackboardChange(string Head, Fact[] Facts, Intent[] Intents, string[] RemovedIntents, Hint[] Hints, string[] RemovedHints)
{
    /// <summary>The commit attempt that wrote this entry (a worker's name and its attempt count), so that
    /// two workers making the same change at the same place in the log write different entries and each
    /// can tell from the log whether its own swap applied; null in a change not yet bound for the log.</summary>
    public string? Writer { get; init; }

    /// <summary>True when nothing changes.</summary>
    public bool IsEmpty => Facts.Length == 0 && Intents.Length == 0 && RemovedIntents.Length == 0 && Hints.Length == 0 && RemovedHints.Length == 0;

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/> (Facts are never removed).</summary>
    public static BlackboardChange Between(BlackboardState before, BlackboardState after) => new(
        after.Head,
        [.. after.Facts.Values.Where(fact => Changed(before.Facts.GetValueOrDefault(fact.Id), fact))],
        [.. after.Intents.Values.Where(intent => Changed(before.Intents.GetValueOrDefault(intent.Id), intent))],
        [.. before.Intents.Keys.Where(id => !after.Intents.ContainsKey(id))],
        [.. after.Hints.Values.Where(hint => Changed(before.Hints.GetValueOrDefault(hint.Id), hint))],
        [.. before.Hints.Keys.Where(id => !after.Hints.ContainsKey(id))]);

    /// <summary><paramref name="state"/> with this change made.</summary>
    public BlackboardState ApplyTo(BlackboardState state) => state with
    {
        Head = Head,
        Facts = state.Facts.SetItems(Facts.Select(fact => KeyValuePair.Create(fact.Id, fact))),
        Intents = state.Intents.RemoveRange(RemovedIntents).SetItems(Intents.Select(intent => KeyValuePair.Create(intent.Id, intent))),
        Hints = state.Hints.RemoveRange(RemovedHints).SetItems(Hints.Select(hint => KeyValuePair.Create(hint.Id, hint))),
    };

    /// <summary>The atomic swap that commits this change as commit <paramref name="number"/> over
    /// <paramref name="before"/>: the log entry, the chain head, and each Intent's and Hint's commit point.</summary>
    public List<StateSwap> Swaps(BlackboardState before, long number)
    {
        var swaps = new List<StateSwap> { new(CommitLog.Key(number), "", Encode()) };
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

    /// <summary>The log entry.</summary>
    public string Encode() => JsonSerializer.Serialize(this);

    /// <summary>A log entry read back.</summary>
    public static BlackboardChange Decode(string entry) =>
        JsonSerializer.Deserialize<BlackboardChange>(entry) ?? throw new InvalidDataException("empty commit-log entry");

    private static bool Changed<T>(T? before, T after) where T : class => !ReferenceEquals(before, after) && !after.Equals(before);

    private static string StatusOf(BlackboardState state, string intentId) =>
        state.Intents.TryGetValue(intentId, out Intent? intent) ? StoredIntent.EncodeStatus(intent) : "";
}
