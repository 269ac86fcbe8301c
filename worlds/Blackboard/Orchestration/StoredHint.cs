using System.Text.Json;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>A Hint as stored: its record is the object <c>hint/ID</c>, set and cleared by the commit
/// that adds or drops it (a Hint's id is its creator's choice, so its record is part of the commit
/// rather than written before it, where a losing attempt could overwrite a committed one).</summary>
internal static class StoredHint
{
    public const string Prefix = "hint/";

    public static string Key(string id) => Prefix + id;

    public static string Encode(Hint hint) => JsonSerializer.Serialize(hint);

    public static Hint Decode(string record) => JsonSerializer.Deserialize<Hint>(record) ?? throw new InvalidDataException("empty hint record");
}
