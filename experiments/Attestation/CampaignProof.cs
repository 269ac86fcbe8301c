using NSec.Cryptography;
using Nexus.Experiments.Output;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Attestation;

/// <summary>Writes a campaign's signed proof: its statement in a DSSE envelope, signed with a private key.</summary>
public static class CampaignProof
{
    /// <summary>Signs the statement of <paramref name="cells"/> (and the further <paramref name="sections"/> of its predicate) with the key in <paramref name="keyPath"/> and writes NAME-proof.json atomically; returns its path.</summary>
    public static string Write(ICampaignWorld campaign, IReadOnlyList<CellVerdict> cells,
        IReadOnlyList<(string Name, Action<System.Text.Json.Utf8JsonWriter> Write)> sections, string keyPath, string directory)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        byte[] statement = CampaignStatement.Encode(campaign, cells, CampaignStatement.DigestOf(campaign.ConfigPath), CodeVersion.Digest(), sections);
        using Key key = SigningKey.LoadPrivate(keyPath);
        byte[] envelope = ProofEnvelope.Sign(statement, Dsse.InTotoPayloadType, key).Encode();
        string path = Path.Combine(directory, campaign.Name + "-proof.json");
        AtomicFile.WriteBytes(path, envelope);
        return path;
    }
}
