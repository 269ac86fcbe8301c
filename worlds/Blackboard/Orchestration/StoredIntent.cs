using System.Globalization;
using System.Text.Json;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>An Intent as stored: its unchanging fields as a record under <c>intents/ID</c>, and its
/// lifecycle status as the object <c>intent/ID</c>, the commit point every transition swaps:
/// <c>submitted|ADMITTED</c>, <c>claimed|WORKER|HEARTBEAT|ADMITTED</c> or
/// <c>concluded|WORKER|FACT|AT|ADMITTED</c>, ADMITTED being when it was admitted; "" when absent.</summary>
internal sealed record StoredIntent(string Id, string[] FromFacts, string Description, string Creator, long CreatedAt)
{
    public const string RecordPrefix = "intents/";

    public const string StatusPrefix = "intent/";

    public static string RecordKey(string id) => RecordPrefix + id;

    public static string StatusKey(string id) => StatusPrefix + id;

    public static string EncodeRecord(Intent intent) =>
        JsonSerializer.Serialize(new StoredIntent(intent.Id, [.. intent.FromFacts], intent.Description, intent.Creator, intent.CreatedAt));

    public static string EncodeStatus(Intent intent) => intent.Phase switch
    {
        IntentPhase.Submitted => string.Create(CultureInfo.InvariantCulture, $"submitted|{intent.AdmittedAt}"),
        IntentPhase.Claimed => string.Create(CultureInfo.InvariantCulture, $"claimed|{intent.Worker}|{intent.LastHeartbeatAt}|{intent.AdmittedAt}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"concluded|{intent.Worker}|{intent.ToFact}|{intent.ConcludedAt}|{intent.AdmittedAt}"),
    };

    public static Intent Decode(string record, string status)
    {
        StoredIntent stored = JsonSerializer.Deserialize<StoredIntent>(record) ?? throw new InvalidDataException("empty intent record");
        string[] parts = status.Split('|');
        var intent = new Intent(stored.Id, stored.FromFacts, stored.Description, stored.Creator, stored.CreatedAt, IntentPhase.Submitted, "", 0, "", 0)
        {
            AdmittedAt = long.Parse(parts[^1], CultureInfo.InvariantCulture),
        };
        return parts[0] switch
        {
            "submitted" => intent,
            "claimed" => intent with { Phase = IntentPhase.Claimed, Worker = parts[1], LastHeartbeatAt = long.Parse(parts[2], CultureInfo.InvariantCulture) },
            "concluded" => intent with
            {
                Phase = IntentPhase.Concluded, Worker = parts[1], ToFact = parts[2], ConcludedAt = long.Parse(parts[3], CultureInfo.InvariantCulture),
            },
            _ => throw new InvalidDataException($"intent {stored.Id} has an unknown status '{status}'"),
        };
    }
}
