using Nexus.Experiments.Attacks;
using Nexus.Experiments.Output;
using NSec.Cryptography;

namespace Nexus.Experiments.Attestation;

/// <summary>Writes a campaign's signed proof: its statement in a DSSE envelope, signed with a private key.</summary>
public static class CampaignProof
{
    /// <summary>Signs the statement of <paramref name="cells"/> with the key in <paramref name="keyPath"/> and writes NAME-proof.json atomically; returns its path.</summary>
    public static string Write(AttackCampaign campaign, IReadOnlyList<CellVerdict> cells, IReadOnlyList<SpamThreshold> thresholds, string keyPath, string directory)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        byte[] statement = CampaignStatement.Encode(campaign, cells, CampaignStatement.DigestOf(campaign.ConfigPath), CodeVersion.Digest(),
            thresholds.Count == 0 ? [] : [("spamThresholds", writer => SpamSweepOutput.WriteJson(writer, thresholds))]);
        using Key key = SigningKey.LoadPrivate(keyPath);
        byte[] envelope = ProofEnvelope.Sign(statement, Dsse.InTotoPayloadType, key).Encode();
        string path = Path.Combine(directory, campaign.Name + "-proof.json");
        AtomicFile.Write(path, stream =>
        {
            stream.Write(envelope);
            return 0;
        });
        return path;
    }
}
