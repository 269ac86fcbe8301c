using System.Globalization;
using System.Text;
using Nexus.Engine.Randomness;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Agents;

/// <summary>Builds the Facts an agent submits from its key and payload: a valid observation, then
/// emptied, made structurally invalid (and signed as it is, so only structure can tell), or replayed
/// from the wire; then signed with the agent's key, a forged identity, or not at all.</summary>
public sealed class FactForge(AgentIdentity self, AgentIdentity victim, SignatureKey key, PayloadKind payload, BlackboardLimits limits, SimRandom random)
{
    private int _counter;

    /// <summary>The next Fact at <paramref name="at"/>, or null for a replay when the wire holds nothing yet.</summary>
    public Fact? Next(long at, IReadOnlyList<Fact> wire)
    {
        ArgumentNullException.ThrowIfNull(wire);
        int n = _counter++;
        if (payload == PayloadKind.Replayed)
        {
            return wire.Count == 0 ? null : wire[wire.Count - 1 - random.Next(Math.Min(wire.Count, 8))];
        }
        string creator = key == SignatureKey.Forged ? victim.Id : self.Id;
        var content = new Content(limits.MimeTypes[random.Next(limits.MimeTypes.Count)],
            Encoding.UTF8.GetBytes("observation " + n.ToString(CultureInfo.InvariantCulture) + " by " + self.Name));
        var origin = new Origin("asset-" + random.Next(6).ToString(CultureInfo.InvariantCulture), at + n);
        Fact fact = payload switch
        {
            PayloadKind.Empty when n % 2 == 0 => Unsigned(new Content("text/plain", []), origin, creator),
            PayloadKind.Empty => new Fact("", null!, origin, creator, self.PublicKey, [], ""),
            PayloadKind.Invalid => Invalid(n, content, origin, creator),
            _ => Unsigned(content, origin, creator),
        };
        return key == SignatureKey.Missing || fact.Content is null ? fact : fact with { Signature = self.Sign(fact.SignedBytes()) };
    }

    private Fact Invalid(int n, Content content, Origin origin, string creator) => (n % 5) switch
    {
        0 => Unsigned(content, origin, creator) with { Id = Fact.ComputeId(content, origin with { AssetId = "forged" }, creator) },
        1 => Unsigned(content, origin with { AssetId = "" }, creator),
        2 => Unsigned(content with { MimeType = "image/gif" }, origin, creator),
        3 => Unsigned(content with { Bytes = new byte[limits.PayloadBytesMax + 1] }, origin, creator),
        _ => Unsigned(content, origin, creator) with { Previous = "linked-already" },
    };

    private Fact Unsigned(Content content, Origin origin, string creator) =>
        new(Fact.ComputeId(content, origin, creator), content, origin, creator, self.PublicKey, [], "");
}
