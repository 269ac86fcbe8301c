using System.Text.Json;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>A Hint as stored: its record under <c>hints/ID</c>, committed by the object <c>hint/ID</c> = <c>active</c>.</summary>
internal static class StoredHint
{
    public const string Active = "active";

    public static string RecordKey(string id) => "hints/" + id;

    public static string StatusKey(string id) => "hint/" + id;

    public static string Encode(Hint hint) => JsonSerializer.Serialize(hint);

    public static Hint Decode(string record) => JsonSerializer.Deserialize<Hint>(record) ?? throw new InvalidDataException("empty hint record");
}
