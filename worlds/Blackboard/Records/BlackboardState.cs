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
