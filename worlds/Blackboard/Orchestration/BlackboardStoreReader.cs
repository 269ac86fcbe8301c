using System.Collections.Immutable;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Storage;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>Reads what a blackboard's stores hold back into a <see cref="BlackboardState"/>: the chain
/// walked from the head object through the Fact records, every Intent whose status object is set, and
/// every Hint record. Records that no commit point reaches (left by a failed attempt) are not part of
/// the state; the commit log is not read, so the state is what the records say, not what the workers
/// believe.
/// Every read reads every record and payload anew; a reader kept across reads (as a monitor that reads
/// back at every commit keeps one) only skips decoding a record whose stored text it decoded before,
/// since decoding is a pure function of that text.</summary>
public sealed class BlackboardStoreReader
{
    private readonly Dictionary<string, (string Record, StoredFact Parsed)> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Record, string Status, Intent Decoded)> _intents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Record, Hint Decoded)> _hints = new(StringComparer.Ordinal);

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
            Fact fact = FactRecord(id, record).WithPayload(inspector.Blob);
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
                intents.Add(id, IntentRecord(id, inspector.KeyValue(key)!, status));
            }
        }
        var hints = ImmutableSortedDictionary.CreateBuilder<string, Hint>(StringComparer.Ordinal);
        foreach (string key in inspector.ObjectKeys(StoredHint.Prefix))
        {
            hints.Add(key[StoredHint.Prefix.Length..], HintRecord(key, inspector.ObjectState(key)));
        }
        return new BlackboardState(head, facts.ToImmutable(), intents.ToImmutable(), hints.ToImmutable());
    }

    private StoredFact FactRecord(string id, string record)
    {
        if (!_facts.TryGetValue(id, out var known) || !string.Equals(known.Record, record, StringComparison.Ordinal))
        {
            known = (record, StoredFact.Parse(record));
            _facts[id] = known;
        }
        return known.Parsed;
    }

    private Intent IntentRecord(string id, string record, string status)
    {
        if (!_intents.TryGetValue(id, out var known) || !string.Equals(known.Record, record, StringComparison.Ordinal)
            || !string.Equals(known.Status, status, StringComparison.Ordinal))
        {
            known = (record, status, StoredIntent.Decode(record, status));
            _intents[id] = known;
        }
        return known.Decoded;
    }

    private Hint HintRecord(string key, string record)
    {
        if (!_hints.TryGetValue(key, out var known) || !string.Equals(known.Record, record, StringComparison.Ordinal))
        {
            known = (record, StoredHint.Decode(record));
            _hints[key] = known;
        }
        return known.Decoded;
    }
}
