using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>A <see cref="BlackboardChange"/> as its commit-log entry: the writer, the head, then each
/// list as its count and its items, every record field by field (<see cref="EntryWriter"/>). A Fact
/// carries its payload, so a worker catching up reads nothing but the log.</summary>
internal static class ChangeEncoding
{
    public static string Encode(BlackboardChange change)
    {
        var writer = new EntryWriter().Text(change.Writer ?? "").Text(change.Head).Number(change.Facts.Length);
        foreach (Fact fact in change.Facts)
        {
            writer.Text(fact.Id).Text(fact.Content.MimeType).Bytes(fact.Content.Bytes).Text(fact.Origin.AssetId).Number(fact.Origin.Timestamp)
                .Text(fact.Creator).Bytes(fact.PublicKey).Bytes(fact.Signature).Text(fact.Previous);
        }
        writer.Number(change.Intents.Length);
        foreach (Intent intent in change.Intents)
        {
            writer.Text(intent.Id).Number(intent.FromFacts.Count);
            foreach (string cited in intent.FromFacts)
            {
                writer.Text(cited);
            }
            writer.Text(intent.Description).Text(intent.Creator).Number(intent.CreatedAt).Number((long)intent.Phase).Text(intent.Worker)
                .Number(intent.LastHeartbeatAt).Text(intent.ToFact).Number(intent.ConcludedAt).Number(intent.AdmittedAt);
        }
        Ids(writer, change.RemovedIntents).Number(change.Hints.Length);
        foreach (Hint hint in change.Hints)
        {
            writer.Text(hint.Id).Text(hint.Rule).Text(hint.Creator).Number(hint.CreatedAt).Number(hint.TimeToLive);
        }
        return Ids(writer, change.RemovedHints).Finish();
    }

    public static BlackboardChange Decode(string entry)
    {
        var reader = new EntryReader(entry);
        string writer = reader.Text();
        string head = reader.Text();
        var facts = new Fact[reader.Count()];
        for (int i = 0; i < facts.Length; i++)
        {
            facts[i] = new Fact(reader.Text(), new Content(reader.Text(), reader.Bytes()), new Origin(reader.Text(), reader.Number()),
                reader.Text(), reader.Bytes(), reader.Bytes(), reader.Text());
        }
        var intents = new Intent[reader.Count()];
        for (int i = 0; i < intents.Length; i++)
        {
            string id = reader.Text();
            var cited = new string[reader.Count()];
            for (int c = 0; c < cited.Length; c++)
            {
                cited[c] = reader.Text();
            }
            intents[i] = new Intent(id, cited, reader.Text(), reader.Text(), reader.Number(), Phase(ref reader), reader.Text(),
                reader.Number(), reader.Text(), reader.Number()) { AdmittedAt = reader.Number() };
        }
        string[] removedIntents = Ids(ref reader);
        var hints = new Hint[reader.Count()];
        for (int i = 0; i < hints.Length; i++)
        {
            hints[i] = new Hint(reader.Text(), reader.Text(), reader.Text(), reader.Number(), reader.Number());
        }
        string[] removedHints = Ids(ref reader);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("commit-log entry has characters after its last field");
        }
        return new BlackboardChange(head, facts, intents, removedIntents, hints, removedHints) { Writer = writer.Length == 0 ? null : writer };
    }

    private static EntryWriter Ids(EntryWriter writer, string[] ids)
    {
        writer.Number(ids.Length);
        foreach (string id in ids)
        {
            writer.Text(id);
        }
        return writer;
    }

    private static string[] Ids(ref EntryReader reader)
    {
        var ids = new string[reader.Count()];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.Text();
        }
        return ids;
    }

    private static IntentPhase Phase(ref EntryReader reader) =>
        reader.Number() is long phase && Enum.IsDefined((IntentPhase)phase) ? (IntentPhase)phase : throw new InvalidDataException("commit-log entry has an unknown intent phase");
}
