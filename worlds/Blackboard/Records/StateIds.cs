namespace Nexus.Worlds.Blackboard.Records;

/// <summary>Ids of Facts, Intents and Hints: the parts of a state a step may have changed, so that two
/// states known equal before it need only be compared there (and at the head) after it.</summary>
public sealed record StateIds(IReadOnlyList<string> Facts, IReadOnlyList<string> Intents, IReadOnlyList<string> Hints)
{
    /// <summary>The ids in either, each once.</summary>
    public StateIds And(StateIds other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new([.. Facts.Union(other.Facts, StringComparer.Ordinal)], [.. Intents.Union(other.Intents, StringComparer.Ordinal)],
            [.. Hints.Union(other.Hints, StringComparer.Ordinal)]);
    }
}
