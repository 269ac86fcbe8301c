using System.Collections.Immutable;

namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Everything committed on a blackboard: the evidence chain (its head and every Fact on it),
/// the Intents and the Hints. Immutable; the oracle computes these, and the implementation's stores
/// are read back into one to be compared.</summary>
public sealed record BlackboardState(
    string Head,
    ImmutableSortedDictionary<string, Fact> Facts,
    ImmutableSortedDictionary<string, Intent> Intents,
    ImmutableSortedDictionary<string, Hint> Hints)
{
    private ImmutableSortedDictionary<string, Fact> _facts = Facts;
    private ImmutableSortedDictionary<string, Intent> _intents = Intents;
    private CreatorTallies? _tallies;

    /// <summary>Every Fact by id. Setting it (<c>with { Facts = ... }</c>) drops the tallies, which a
    /// state then counts afresh when asked.</summary>
    public ImmutableSortedDictionary<string, Fact> Facts
    {
        get => _facts;
        init
        {
            _facts = value;
            _tallies = null;
        }
    }

    /// <summary>Every Intent by id. Setting it drops the tallies, as <see cref="Facts"/> does.</summary>
    public ImmutableSortedDictionary<string, Intent> Intents
    {
        get => _intents;
        init
        {
            _intents = value;
            _tallies = null;
        }
    }

    /// <summary>What the rate-limit Hints count, per creator: counted by one scan the first time a state
    /// is asked, and carried from state to state by <see cref="Apply"/>, which updates them for what it changes.</summary>
    public CreatorTallies Tallies => _tallies ??= CreatorTallies.Of(this);

    /// <summary>A blackboard with nothing on it.</summary>
    public static readonly BlackboardState Empty = new("",
        ImmutableSortedDictionary.Create<string, Fact>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Intent>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Hint>(StringComparer.Ordinal));

    /// <summary>The Facts of the chain, newest first. Total over any state, a proposer's invention
    /// included: the walk ends where a link names no Fact, and after at most every Fact once.</summary>
    public IEnumerable<Fact> ChainNewestFirst()
    {
        string id = Head;
        for (int walked = 0; walked < Facts.Count && Facts.TryGetValue(id, out Fact? fact); walked++)
        {
            yield return fact;
            id = fact.Previous;
        }
    }

    /// <summary>This state with <paramref name="head"/> as its head, <paramref name="facts"/> and
    /// <paramref name="intents"/> set, <paramref name="removedIntents"/> removed (before the sets),
    /// <paramref name="hints"/> set and <paramref name="removedHints"/> removed (before the sets). Costs what
    /// it changes: the tallies, when this state has counted them, are updated rather than counted again.</summary>
    public BlackboardState Apply(string head, Fact[] facts, Intent[] intents, string[] removedIntents, Hint[] hints, string[] removedHints)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(intents);
        ArgumentNullException.ThrowIfNull(removedIntents);
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(removedHints);
        BlackboardState after = this with
        {
            Head = head,
            Facts = SetAll(Facts, facts, fact => fact.Id),
            Intents = SetAll(removedIntents.Length == 0 ? Intents : Intents.RemoveRange(removedIntents), intents, intent => intent.Id),
            Hints = SetAll(removedHints.Length == 0 ? Hints : Hints.RemoveRange(removedHints), hints, hint => hint.Id),
        };
        if (_tallies is { } tallies)
        {
            foreach (Fact fact in facts)
            {
                tallies = tallies.With(Facts.GetValueOrDefault(fact.Id), fact);
            }
            foreach (string id in removedIntents)
            {
                tallies = tallies.With(Intents.GetValueOrDefault(id), null);
            }
            foreach (Intent intent in intents)
            {
                tallies = tallies.With(removedIntents.Contains(intent.Id) ? null : Intents.GetValueOrDefault(intent.Id), intent);
            }
            after._tallies = tallies;
        }
        return after;
    }

    /// <summary>Equal when the heads are and every Fact, Intent and Hint is.</summary>
    public bool Equals(BlackboardState? other) => other is not null && Difference(other) is null;

    /// <inheritdoc />
    public override int GetHashCode() => Head.GetHashCode(StringComparison.Ordinal); // determinism-ok: never ordered by

    /// <summary>The first difference from <paramref name="other"/> in words, or null when there is none.</summary>
    public string? Difference(BlackboardState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Difference(other, new StateIds(Union(Facts, other.Facts), Union(Intents, other.Intents), Union(Hints, other.Hints)));
    }

    /// <summary>The first difference from <paramref name="other"/> at the head or at the ids in
    /// <paramref name="at"/>, or null when there is none there: what two states that were equal differ in
    /// after steps that changed only those ids. Costs what <paramref name="at"/> holds, not the states' size.</summary>
    public string? Difference(BlackboardState other, StateIds at)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(at);
        if (Head != other.Head)
        {
            return $"head: '{Head}' vs '{other.Head}'";
        }
        return FirstDifference("fact", Facts, other.Facts, at.Facts)
            ?? FirstDifference("intent", Intents, other.Intents, at.Intents)
            ?? FirstDifference("hint", Hints, other.Hints, at.Hints);
    }

    private static ImmutableSortedDictionary<string, T> SetAll<T>(ImmutableSortedDictionary<string, T> map, T[] items, Func<T, string> id) => items.Length switch
    {
        0 => map,
        1 => map.SetItem(id(items[0]), items[0]),
        _ => map.SetItems(items.Select(item => KeyValuePair.Create(id(item), item))),
    };

    private static string[] Union<T>(ImmutableSortedDictionary<string, T> mine, ImmutableSortedDictionary<string, T> theirs) =>
        [.. mine.Keys.Union(theirs.Keys, StringComparer.Ordinal)];

    private static string? FirstDifference<T>(string what, ImmutableSortedDictionary<string, T> mine, ImmutableSortedDictionary<string, T> theirs, IEnumerable<string> keys)
        where T : class
    {
        foreach (string key in keys.Order(StringComparer.Ordinal))
        {
            T? a = mine.GetValueOrDefault(key);
            T? b = theirs.GetValueOrDefault(key);
            if (!Equals(a, b))
            {
                return $"{what} {key}: {a?.ToString() ?? "(absent)"} vs {b?.ToString() ?? "(absent)"}";
            }
        }
        return null;
    }
}
