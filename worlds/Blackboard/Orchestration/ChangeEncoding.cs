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
            Texts(writer.Text(intent.Id), intent.FromFacts).Text(intent.Description).Text(intent.Creator).Number(intent.CreatedAt).Number((long)intent.Phase).Text(intent.Worker)
                .Number(intent.LastHeartbeatAt).Text(intent.ToFact).Number(intent.ConcludedAt).Number(intent.AdmittedAt);
        }
        Texts(writer, change.RemovedIntents).Number(change.Hints.Length);
        foreach (Hint hint in change.Hints)
        {
            writer.Text(hint.Id).Text(hint.Rule).Text(hint.Creator).Number(hint.CreatedAt).Number(hint.TimeToLive);
        }
        return Texts(writer, change.RemovedHints).Finish();
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
            intents[i] = new Intent(reader.Text(), Texts(ref reader), reader.Text(), reader.Text(), reader.Number(), Phase(ref reader), reader.Text(),
                reader.Number(), reader.Text(), reader.Number()) { AdmittedAt = reader.Number() };
        }
        string[] removedIntents = Texts(ref reader);
        var hints = new Hint[reader.Count()];
        for (int i = 0; i < hints.Length; i++)
        {
            hints[i] = new Hint(reader.Text(), reader.Text(), reader.Text(), reader.Number(), reader.Number());
        }
        string[] removedHints = Texts(ref reader);
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("commit-log entry has characters after its last field");
        }
        return new BlackboardChange(head, facts, intents, removedIntents, hints, removedHints) { Writer = writer.Length == 0 ? null : writer };
    }

    /// <summary>A list of text fields: its count, then each.</summary>
    private static EntryWriter Texts(EntryWriter writer, IReadOnlyList<string> texts)
    {
        writer.Number(texts.Count);
        foreach (string text in texts)
        {
            writer.Text(text);
        }
        return writer;
    }

    private static string[] Texts(ref EntryReader reader)
    {
        var texts = new string[reader.Count()];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.Text();
        }
        return texts;
    }

    private static IntentPhase Phase(ref EntryReader reader) =>
        reader.Number() is long phase && Enum.IsDefined((IntentPhase)phase) ? (IntentPhase)phase : throw new InvalidDataException("commit-log entry has an unknown intent phase");
}
