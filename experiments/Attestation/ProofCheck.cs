using System.Text.Json;
using NSec.Cryptography;
using Nexus.Scenarios.Campaigns;
using static Nexus.Experiments.Attestation.ProofRule;

namespace Nexus.Experiments.Attestation;

/// <summary>Checks a proof without re-running anything: the file is exactly the canonical envelope,
/// signed by the given key over DSSE's pre-authentication encoding, around an in-toto statement whose
/// structure is exactly the one nexus writes (no key twice, no field it does not write, every value of
/// its kind) and whose predicate agrees with itself and with its subjects, section by section. Each
/// failure is an <see cref="InvalidDataException"/> with a one-line reason.</summary>
public static class ProofCheck
{
    /// <summary>Verifies <paramref name="bytes"/> under <paramref name="key"/>; with <paramref name="configDigest"/>, the statement must name it.</summary>
    public static VerifiedProof Verify(byte[] bytes, PublicKey key, string? configDigest)
    {
        ProofEnvelope envelope = ProofEnvelope.Parse(bytes);
        Require(envelope.PayloadType == Dsse.InTotoPayloadType, $"payload type '{envelope.PayloadType}' is not {Dsse.InTotoPayloadType}");
        string keyId = SigningKey.IdOf(key);
        Require(envelope.KeyId == keyId, $"signed by key {Short(envelope.KeyId)}, not by the given key {Short(keyId)}");
        Require(envelope.SignedBy(key), "the signature does not verify under the given key: the payload or the signature was changed");
        VerifiedProof proof = Statement(envelope.Payload);
        if (configDigest is not null)
        {
            Require(proof.ConfigDigest == configDigest, $"the statement names config digest {Short(proof.ConfigDigest)}, the given config has {Short(configDigest)}");
        }
        return proof;
    }

    private static VerifiedProof Statement(byte[] payload)
    {
        using JsonDocument document = Parse(payload);
        JsonElement statement = document.RootElement;
        Require(String(statement, "_type") == CampaignStatement.StatementType, "not an in-toto Statement v1");
        Require(String(statement, "predicateType") == CampaignStatement.PredicateType, "the predicate is not an attack campaign's");
        string world = String(Object(statement, "predicate"), "world");
        IReadOnlyList<Field> setting = Configuration.CampaignConfigLoader.Setting(world)
            ?? throw new InvalidDataException($"the statement is of world '{world}', which this nexus does not know");
        CampaignStatement.Shape(setting).Check(statement, "statement");
        var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement subject in Array(statement, "subject"))
        {
            string name = String(subject, "name");
            string digest = String(Object(subject, "digest"), "sha256");
            Require(IsSha256(digest), $"subject {name} has no SHA-256 digest");
            Require(subjects.TryAdd(name, digest), $"subject {name} is named twice");
        }
        Require(subjects.ContainsKey("config") && subjects.ContainsKey("code"), "the statement names no config or no code version");
        JsonElement predicate = Object(statement, "predicate");
        int seeds = Array(predicate, "seedBank").Count();
        Require(seeds > 0, "the seed bank is empty");
        IReadOnlyDictionary<string, string> expected = Configuration.CampaignConfigLoader.Expected(world)!;
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        int violated = 0;
        foreach (JsonElement cell in Array(predicate, "matrix"))
        {
            string scenario = String(cell, "scenario");
            string name = CampaignStatement.CellSubject(scenario, String(cell, "depth"));
            Require(expected.TryGetValue(scenario, out string? known) && String(cell, "expected") == known, $"{name}: unknown scenario or wrong expected outcome");
            Require(subjects.TryGetValue(name, out string? digest) && digest == String(cell, "fingerprint"), $"{name}: its fingerprint is not the subject's digest");
            Require(Number(cell, "seeds") == seeds, $"{name}: ran on {Number(cell, "seeds")} seeds, the bank has {seeds}");
            string verdict = String(cell, "verdict");
            int seedsViolated = Number(cell, "seedsViolated");
            bool consistent = verdict == known ? seedsViolated == 0 && String(cell, "firstFailingSeed").Length == 0
                : verdict == Verdict.Violated && seedsViolated > 0 && String(cell, "replay").Length > 0;
            Require(consistent, $"{name}: verdict {verdict} disagrees with its {seedsViolated} violated seeds and its evidence");
            Require(cells.TryAdd(name, digest!), $"{name} appears twice in the matrix");
            violated += verdict == Verdict.Violated ? 1 : 0;
        }
        Require(cells.Count > 0 && cells.Count == subjects.Count - 2, "the cell subjects and the matrix's cells differ");
        PredicateSections.Check(predicate, expected);
        return new VerifiedProof(String(predicate, "config"), subjects["config"], subjects["code"], cells, violated);
    }

    private static JsonDocument Parse(byte[] payload)
    {
        try
        {
            // A key twice would let another parser read another value from the same signed bytes.
            return JsonDocument.Parse(payload, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException error)
        {
            throw new InvalidDataException("the statement is not JSON, or names a key twice: " + error.Message);
        }
    }

    private static JsonElement Member(JsonElement element, string name, JsonValueKind kind)
    {
        Require(element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == kind,
            $"the statement's {name} is missing or not a {kind.ToString().ToLowerInvariant()}");
        return element.GetProperty(name);
    }

    private static string String(JsonElement element, string name) => Member(element, name, JsonValueKind.String).GetString()!;

    private static int Number(JsonElement element, string name) => Member(element, name, JsonValueKind.Number).GetInt32();

    private static JsonElement Object(JsonElement element, string name) => Member(element, name, JsonValueKind.Object);

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name) => Member(element, name, JsonValueKind.Array).EnumerateArray();

    private static string Short(string digest) => digest.Length > 16 ? digest[..16] : digest;
}
