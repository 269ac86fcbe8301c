using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using static Nexus.Experiments.Attestation.ProofRule;

namespace Nexus.Experiments.Attestation;

/// <summary>A DSSE envelope with one signature, in its canonical form:
/// <c>{"payload":B64,"payloadType":T,"signatures":[{"keyid":ID,"sig":B64}]}</c> and a newline.
/// <see cref="Parse"/> accepts exactly the bytes <see cref="Encode"/> writes.</summary>
public sealed record ProofEnvelope(byte[] Payload, string PayloadType, string KeyId, byte[] Signature)
{
    /// <summary>Signs <paramref name="payload"/> with <paramref name="key"/> over DSSE's pre-authentication encoding.</summary>
    public static ProofEnvelope Sign(byte[] payload, string payloadType, Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ProofEnvelope(payload, payloadType, SigningKey.IdOf(key.PublicKey), SigningKey.Sign(key, Dsse.PreAuthenticationEncoding(payloadType, payload)));
    }

    /// <summary>True when the signature is <paramref name="key"/>'s over PAE(type, payload).</summary>
    public bool SignedBy(PublicKey key) => SigningKey.Verify(key, Dsse.PreAuthenticationEncoding(PayloadType, Payload), Signature);

    /// <summary>The canonical bytes.</summary>
    public byte[] Encode() => [.. CanonicalJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("payload", Convert.ToBase64String(Payload));
        writer.WriteString("payloadType", PayloadType);
        writer.WriteStartArray("signatures");
        writer.WriteStartObject();
        writer.WriteString("keyid", KeyId);
        writer.WriteString("sig", Convert.ToBase64String(Signature));
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }), (byte)'\n'];

    /// <summary>The envelope in <paramref name="bytes"/>, which must be exactly its canonical form; throws <see cref="InvalidDataException"/> saying why not.</summary>
    public static ProofEnvelope Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException("not a JSON document: " + error.Message);
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            Require(root.ValueKind == JsonValueKind.Object && Names(root).SequenceEqual(["payload", "payloadType", "signatures"]),
                "not a DSSE envelope: expected exactly payload, payloadType and signatures");
            JsonElement signatures = root.GetProperty("signatures");
            Require(signatures.ValueKind == JsonValueKind.Array && signatures.GetArrayLength() == 1, "expected exactly one signature");
            JsonElement signature = signatures[0];
            Require(signature.ValueKind == JsonValueKind.Object && Names(signature).SequenceEqual(["keyid", "sig"]), "a signature holds exactly keyid and sig");
            var envelope = new ProofEnvelope(Base64(root, "payload"), Text(root, "payloadType"), Text(signature, "keyid"), Base64(signature, "sig"));
            Require(envelope.Encode().AsSpan().SequenceEqual(bytes), "not in the canonical form nexus attack writes (whitespace, order or encoding differ)");
            return envelope;
        }
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name);

    private static string Text(JsonElement element, string name)
    {
        JsonElement value = element.GetProperty(name);
        Require(value.ValueKind == JsonValueKind.String, $"{name} must be a string");
        return value.GetString()!;
    }

    private static byte[] Base64(JsonElement element, string name)
    {
        try
        {
            return Convert.FromBase64String(Text(element, name));
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{name} is not base64");
        }
    }


    /// <summary>The payload as text.</summary>
    public string PayloadText => Encoding.UTF8.GetString(Payload);
}
