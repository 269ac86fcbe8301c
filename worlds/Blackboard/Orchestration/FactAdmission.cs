using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The exchange contract's admission of a provided Fact, in order: structure, content, size,
/// mime type, id, identity, signature, replay, governance. The first failing check is the answer.</summary>
internal static class FactAdmission
{
    public static BlackboardError Check(Fact fact, BlackboardState view, BlackboardLimits limits, long at, bool checkReplay)
    {
        if (fact is null || fact.Content is null || fact.Origin is null || fact.Content.Bytes is null || fact.PublicKey is null
            || fact.Signature is null || string.IsNullOrEmpty(fact.Content.MimeType) || string.IsNullOrEmpty(fact.Origin.AssetId)
            || string.IsNullOrEmpty(fact.Creator) || fact.Previous != "")
        {
            return BlackboardError.Malformed;
        }
        if (fact.Content.Bytes.Length == 0)
        {
            return BlackboardError.EmptyContent;
        }
        if (fact.Content.Bytes.Length > limits.PayloadBytesMax)
        {
            return BlackboardError.PayloadTooLarge;
        }
        if (!limits.MimeTypes.Contains(fact.Content.MimeType))
        {
            return BlackboardError.UnsupportedMimeType;
        }
        if (fact.Id != Fact.ComputeId(fact.Content, fact.Origin, fact.Creator))
        {
            return BlackboardError.Malformed;
        }
        if (fact.PublicKey.Length != 32 || AgentIdentity.IdOf(fact.PublicKey) != fact.Creator)
        {
            return BlackboardError.IdentityMismatch;
        }
        if (!AgentIdentity.Verify(fact.PublicKey, fact.SignedBytes(), fact.Signature))
        {
            return BlackboardError.BadSignature;
        }
        if (checkReplay && view.Facts.ContainsKey(fact.Id))
        {
            return BlackboardError.Replay;
        }
        if (HintLimits.Active(view, HintRule.MaxFactsPerAgent, at) is int limit && view.Facts.Values.Count(other => other.Creator == fact.Creator) >= limit)
        {
            return BlackboardError.RateLimited;
        }
        return BlackboardError.None;
    }
}
