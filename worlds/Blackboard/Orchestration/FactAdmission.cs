using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The exchange contract's admission of a provided Fact, in order: structure, content, size,
/// mime type, id, identity, signature, replay, governance. The first failing check is the answer; a
/// defence switched off is skipped.</summary>
internal static class FactAdmission
{
    public static BlackboardError Check(Fact fact, BlackboardState view, BlackboardLimits limits, long at, BlackboardDefences defences)
    {
        // A Fact without content or origin cannot even be stored: refused whatever the defences.
        if (fact?.Content?.Bytes is null || fact.Content.MimeType is null || fact.Origin?.AssetId is null || fact.Creator is null)
        {
            return BlackboardError.Malformed;
        }
        if (defences.Structure)
        {
            BlackboardError structure = CheckStructure(fact, limits);
            if (structure != BlackboardError.None)
            {
                return structure;
            }
        }
        if (defences.Identity && (fact.PublicKey is null || fact.PublicKey.Length != 32 || AgentIdentity.IdOf(fact.PublicKey) != fact.Creator))
        {
            return BlackboardError.IdentityMismatch;
        }
        if (defences.Signature && (fact.PublicKey is null || fact.Signature is null || !AgentIdentity.Verify(fact.PublicKey, fact.SignedBytes(), fact.Signature)))
        {
            return BlackboardError.BadSignature;
        }
        if (defences.ReplayGuard && view.Facts.ContainsKey(fact.Id))
        {
            return BlackboardError.Replay;
        }
        if (defences.RateLimits && HintLimits.Active(view, HintRule.MaxFactsPerAgent, at) is int limit
            && view.Tallies.Facts(fact.Creator) >= limit)
        {
            return BlackboardError.RateLimited;
        }
        return BlackboardError.None;
    }

    private static BlackboardError CheckStructure(Fact fact, BlackboardLimits limits)
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
        return fact.Id != Fact.ComputeId(fact.Content, fact.Origin, fact.Creator) ? BlackboardError.Malformed : BlackboardError.None;
    }
}
