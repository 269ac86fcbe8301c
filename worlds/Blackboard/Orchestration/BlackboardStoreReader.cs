using System.Collections.Immutable;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>Reads what a blackboard's stores hold back into a <see cref="BlackboardState"/>: the chain
/// walked from the head object through the Fact records, every Intent whose status object is set, and
/// every Hint record. Records that no commit point reaches (left by a failed attempt) are not part of
/// the state; the commit log is not read, so the state is what the records say, not what the workers
/// believe.
/// Every read reads every record and payload anew, so it costs what the stores hold: the conformance
/// check follows commits with <see cref="BlackboardStoreFollower"/> and reads whole only when a run is
/// over. A reader kept across reads only skips decoding a record whose stored text it decoded before,
/// since decoding is a pure function of that text.</summary>
public sealed class BlackboardStoreReader
{
    private readonly Decoded<string, StoredFact> _facts = new(StoredFact.Parse);
    private readonly Decoded<(string Record, string Status), Intent> _intents = new(stored => StoredIntent.Decode(stored.Record, stored.Status));
    private readonly Decoded<string, Hint> _hints = new(StoredHint.Decode);

    /// <summary>The committed state held by the stores behind <paramref name="inspector"/>.</summary>
    public BlackboardState Read(IStoreInspector inspector)
    {
        ArgumentNullException.ThrowIfNull(inspector);
        string head = inspector.ObjectState(BlackboardService.HeadKey);
        var facts = ImmutableSortedDictionary.CreateBuilder<string, Fact>(StringComparer.Ordinal);
        for (string id = head; id.Length > 0;)
        {
            string record = inspector.ObjectState(StoredFact.Key(id));
            if (record.Length == 0)
            {
                throw new InvalidDataException($"the chain reaches fact {id}, whose record is missing");
            }
            Fact fact = _facts.Get(id, record).WithPayload(inspector.Blob);
            if (!facts.TryAdd(id, fact))
            {
                throw new InvalidDataException($"the chain loops at fact {id}");
            }
            id = fact.Previous;
        }
        var intents = ImmutableSortedDictionary.CreateBuilder<string, Intent>(StringComparer.Ordinal);
        foreach (string key in inspector.KeyValueKeys(StoredIntent.RecordPrefix))
        {
            string id = key[StoredIntent.RecordPrefix.Length..];
            string status = inspector.ObjectState(StoredIntent.StatusKey(id));
            if (status.Length > 0)
            {
                intents.Add(id, _intents.Get(id, (inspector.KeyValue(key)!, status)));
            }
        }
        var hints = ImmutableSortedDictionary.CreateBuilder<string, Hint>(StringComparer.Ordinal);
        foreach (string key in inspector.ObjectKeys(StoredHint.Prefix))
        {
            hints.Add(key[StoredHint.Prefix.Length..], _hints.Get(key, inspector.ObjectState(key)));
        }
        return new BlackboardState(head, facts.ToImmutable(), intents.ToImmutable(), hints.ToImmutable());
    }

    /// <summary>Each store key's last decoded value, with the stored text it was decoded from; a key whose
    /// text is unchanged is not decoded again.</summary>
    private sealed class Decoded<TText, T>(Func<TText, T> decode)
        where TText : IEquatable<TText>
    {
        private readonly Dictionary<string, (TText Text, T Value)> _byKey = new(StringComparer.Ordinal);

        public T Get(string key, TText text)
        {
            if (!_byKey.TryGetValue(key, out var known) || !known.Text.Equals(text))
            {
                known = (text, decode(text));
                _byKey[key] = known;
            }
            return known.Value;
        }
    }
}
