using System.Collections.Immutable;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>Reads what a blackboard's stores hold back into a <see cref="BlackboardState"/>: the chain
/// walked from the head object through the Fact records, every Intent whose status object is set, and
/// every Hint record. Records that no commit point reaches (left by a failed attempt) are not part of
/// the state; the commit log is not read, so the state is what the records say, not what the workers
/// believe.</summary>
public static class BlackboardStoreReader
{
    /// <summary>The committed state held by the stores behind <paramref name="inspector"/>.</summary>
    public static BlackboardState Read(IStoreInspector inspector)
    {
        ArgumentNullException.ThrowIfNull(inspector);
        string head = inspector.ObjectState(Blackboard.HeadKey);
        var facts = ImmutableSortedDictionary.CreateBuilder<string, Fact>(StringComparer.Ordinal);
        for (string id = head; id.Length > 0;)
        {
            string record = inspector.ObjectState(StoredFact.Key(id));
            if (record.Length == 0)
            {
                throw new InvalidDataException($"the chain reaches fact {id}, whose record is missing");
            }
            Fact fact = StoredFact.Decode(record, inspector.Blob);
            if (!facts.TryAdd(id, fact))
            {
                throw new InvalidDataException($"the chain loops at fact {id}");
            }
            id = fact.Previous;
        }
        var intents = ImmutableSortedDictionary.CreateBuilder<string, Intent>(StringComparer.Ordinal);
        foreach (string key in inspector.KeyValueKeys("intents/"))
        {
            string id = key["intents/".Length..];
            string status = inspector.ObjectState(StoredIntent.StatusKey(id));
            if (status.Length > 0)
            {
                intents.Add(id, StoredIntent.Decode(inspector.KeyValue(key)!, status));
            }
        }
        var hints = ImmutableSortedDictionary.CreateBuilder<string, Hint>(StringComparer.Ordinal);
        foreach (string key in inspector.ObjectKeys(StoredHint.Prefix))
        {
            hints.Add(key[StoredHint.Prefix.Length..], StoredHint.Decode(inspector.ObjectState(key)));
        }
        return new BlackboardState(head, facts.ToImmutable(), intents.ToImmutable(), hints.ToImmutable());
    }
}
