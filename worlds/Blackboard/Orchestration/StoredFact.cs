using System.Security.Cryptography;
using System.Text.Json;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>A Fact as stored: its record, the payload replaced by its hash, is the object <c>fact/ID</c>,
/// set by the commit that links it into the chain (the link is part of the record, so it is written
/// with the chain head, never before it); the payload is the blob <c>blob/SHA256</c>, written before the
/// commit (content-addressed, so writing it again changes nothing).</summary>
internal sealed record StoredFact(string Id, string MimeType, string PayloadHash, string AssetId, long Timestamp,
    string Creator, byte[] PublicKey, byte[] Signature, string Previous)
{
    public const string Prefix = "fact/";

    public static string Key(string id) => Prefix + id;

    public static string PayloadKey(string hash) => "blob/" + hash;

    public static string HashOf(byte[] payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    public static string Encode(Fact fact) => JsonSerializer.Serialize(new StoredFact(fact.Id, fact.Content.MimeType,
        HashOf(fact.Content.Bytes), fact.Origin.AssetId, fact.Origin.Timestamp, fact.Creator, fact.PublicKey, fact.Signature, fact.Previous));

    /// <summary>The record as written, its payload not yet read.</summary>
    public static StoredFact Parse(string record) =>
        JsonSerializer.Deserialize<StoredFact>(record) ?? throw new InvalidDataException("empty fact record");

    /// <summary>The Fact this record describes, its payload read from <paramref name="payloads"/>.</summary>
    public Fact WithPayload(Func<string, byte[]?> payloads)
    {
        byte[] payload = payloads(PayloadKey(PayloadHash)) ?? throw new InvalidDataException($"payload of fact {Id} is missing");
        return new Fact(Id, new Content(MimeType, payload), new Origin(AssetId, Timestamp), Creator, PublicKey, Signature, Previous);
    }
}
