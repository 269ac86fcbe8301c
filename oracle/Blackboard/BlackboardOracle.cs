using System.Security.Cryptography;
using System.Text;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>The reference oracle of the blackboard world: O(s, a) -> (s', delta, outcome), pure, total
/// and deterministic, written from the rules of docs/blackboard-world.md without any of the
/// orchestration's code. It shares only the data types.</summary>
public static class BlackboardOracle
{
    /// <summary>The transition of <paramref name="state"/> under <paramref name="action"/>.</summary>
    public static BlackboardTransition Step(BlackboardState state, BlackboardAction action, BlackboardLimits limits)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(limits);
        (BlackboardState next, ActionOutcome outcome) = action switch
        {
            ExchangeAction exchange => Exchange(state, exchange, limits),
            SubmitIntentAction submit => Submit(state, submit),
            ClaimAction claim => Claim(state, claim),
            HeartbeatAction heartbeat => Owned(state, heartbeat.IntentId, heartbeat.Agent, i => i with { LastHeartbeatAt = heartbeat.At }),
            ReleaseAction release => Owned(state, release.IntentId, release.Agent, Unclaimed),
            ConcludeAction conclude => Conclude(state, conclude),
            AddHintAction hint => AddHint(state, hint),
            TickAction tick => (Tick(state, tick.At, limits), ActionOutcome.Done),
            _ => throw new ArgumentException($"the oracle has no rule for {action.GetType().Name}", nameof(action)),
        };
        return new BlackboardTransition(next, BlackboardDelta.Between(state, next), outcome);
    }

    private static (BlackboardState, ActionOutcome) Exchange(BlackboardState s, ExchangeAction a, BlackboardLimits limits)
    {
        Fact f = a.Fact;
        // The admission order of docs/blackboard-world.md: structure, identity, signature, replay, governance.
        (Func<bool> Fails, BlackboardError Error)[] admission =
        [
            (() => !WellFormed(f), BlackboardError.Malformed),
            (() => f.Content.Bytes.Length == 0, BlackboardError.EmptyContent),
            (() => f.Content.Bytes.Length > limits.PayloadBytesMax, BlackboardError.PayloadTooLarge),
            (() => !limits.MimeTypes.Contains(f.Content.MimeType), BlackboardError.UnsupportedMimeType),
            (() => f.Id != Fact.ComputeId(f.Content, f.Origin, f.Creator), BlackboardError.Malformed),
            (() => !KeyMatches(f.PublicKey, f.Creator), BlackboardError.IdentityMismatch),
            (() => !AgentIdentity.Verify(f.PublicKey, f.SignedBytes(), f.Signature), BlackboardError.BadSignature),
            (() => s.Facts.ContainsKey(f.Id), BlackboardError.Replay),
            (() => Limit(s, HintRule.MaxFactsPerAgent, a.At) is int n && s.Facts.Values.Count(x => x.Creator == f.Creator) >= n, BlackboardError.RateLimited),
        ];
        foreach (var (fails, error) in admission)
        {
            if (fails())
            {
                return (s, ActionOutcome.Refused(error));
            }
        }
        BlackboardState next = Append(s, f);
        string[] results = next.ChainNewestFirst().Where(x => x.Content.MimeType == a.Query).Take(limits.ContractRatio).Select(x => x.Id).ToArray();
        return (next, new ActionOutcome(BlackboardError.None, results));
    }

    private static (BlackboardState, ActionOutcome) Submit(BlackboardState s, SubmitIntentAction a)
    {
        Intent i = a.Intent;
        bool fresh = i.Phase == IntentPhase.Submitted && i.Worker == "" && i.ToFact == "" && i.AdmittedAt == 0
            && i.Id == Intent.ComputeId(i.FromFacts, i.Description, i.Creator, i.CreatedAt);
        if (!fresh)
        {
            return (s, ActionOutcome.Refused(BlackboardError.Malformed));
        }
        if (s.Intents.ContainsKey(i.Id))
        {
            return (s, ActionOutcome.Refused(BlackboardError.Replay));
        }
        if (Limit(s, HintRule.MaxOpenIntentsPerAgent, a.At) is int n && s.Intents.Values.Count(x => x.Creator == i.Creator && x.Phase != IntentPhase.Concluded) >= n)
        {
            return (s, ActionOutcome.Refused(BlackboardError.RateLimited));
        }
        if (Limit(s, HintRule.MaxIntentsPerAgentPerSecond, a.At) is int r
            && s.Intents.Values.Count(x => x.Creator == i.Creator && x.AdmittedAt > a.At - 1_000_000_000) >= r)
        {
            return (s, ActionOutcome.Refused(BlackboardError.RateLimited));
        }
        return (s with { Intents = s.Intents.Add(i.Id, i with { AdmittedAt = a.At }) }, ActionOutcome.Done);
    }

    private static (BlackboardState, ActionOutcome) Claim(BlackboardState s, ClaimAction a) =>
        s.Intents.GetValueOrDefault(a.IntentId) switch
        {
            null or { Phase: IntentPhase.Concluded } => (s, ActionOutcome.Refused(BlackboardError.UnknownIntent)),
            { Phase: IntentPhase.Claimed } => (s, ActionOutcome.Refused(BlackboardError.Conflict)),
            Intent i => (Put(s, i with { Phase = IntentPhase.Claimed, Worker = a.Agent, LastHeartbeatAt = a.At }), ActionOutcome.Done),
        };

    private static (BlackboardState, ActionOutcome) Owned(BlackboardState s, string intentId, string agent, Func<Intent, Intent> change) =>
        s.Intents.GetValueOrDefault(intentId) switch
        {
            null or { Phase: IntentPhase.Concluded } => (s, ActionOutcome.Refused(BlackboardError.UnknownIntent)),
            Intent i when i.Phase != IntentPhase.Claimed || i.Worker != agent => (s, ActionOutcome.Refused(BlackboardError.NotOwner)),
            Intent i => (Put(s, change(i)), ActionOutcome.Done),
        };

    private static (BlackboardState, ActionOutcome) Conclude(BlackboardState s, ConcludeAction a)
    {
        Intent? i = s.Intents.GetValueOrDefault(a.IntentId);
        if (i is null || i.Phase == IntentPhase.Concluded)
        {
            return (s, ActionOutcome.Refused(BlackboardError.UnknownIntent));
        }
        if (i.Phase != IntentPhase.Claimed || i.Worker != a.Agent)
        {
            return (s, ActionOutcome.Refused(BlackboardError.NotOwner));
        }
        // The conclusion Fact: id SHA-256(intent id, result, "concluded"), text/plain result, origin (intent, time).
        string id = Convert.ToHexStringLower(SHA256.HashData(
            new CanonicalWriter().Text(a.IntentId).Text(a.Result).Text("concluded").ToArray()));
        var fact = new Fact(id, new Content("text/plain", Encoding.UTF8.GetBytes(a.Result)), new Origin(a.IntentId, a.At),
            a.Agent, a.PublicKey, a.Signature, "");
        if (!KeyMatches(a.PublicKey, a.Agent))
        {
            return (s, ActionOutcome.Refused(BlackboardError.IdentityMismatch));
        }
        if (!AgentIdentity.Verify(a.PublicKey, fact.SignedBytes(), a.Signature))
        {
            return (s, ActionOutcome.Refused(BlackboardError.BadSignature));
        }
        BlackboardState next = Append(s, fact);
        next = Put(next, i with { Phase = IntentPhase.Concluded, LastHeartbeatAt = 0, ToFact = id, ConcludedAt = a.At });
        return (next, new ActionOutcome(BlackboardError.None, [id]));
    }

    private static (BlackboardState, ActionOutcome) AddHint(BlackboardState s, AddHintAction a)
    {
        Hint h = a.Hint;
        if (string.IsNullOrEmpty(h.Id) || h.TimeToLive < 0 || !HintRule.TryParse(h.Rule, out _))
        {
            return (s, ActionOutcome.Refused(BlackboardError.Malformed));
        }
        return s.Hints.ContainsKey(h.Id)
            ? (s, ActionOutcome.Refused(BlackboardError.Replay))
            : (s with { Hints = s.Hints.Add(h.Id, h) }, ActionOutcome.Done);
    }

    /// <summary>Claims whose heartbeat is more than the TTL old go back to submitted; submitted Intents more
    /// than their TTL old are evicted; Hints past their time to live are dropped.</summary>
    private static BlackboardState Tick(BlackboardState s, long now, BlackboardLimits limits)
    {
        var intents = s.Intents;
        foreach (Intent i in s.Intents.Values)
        {
            if (i.Phase == IntentPhase.Claimed && now - i.LastHeartbeatAt > limits.HeartbeatTimeToLive)
            {
                intents = intents.SetItem(i.Id, Unclaimed(i));
            }
            else if (i.Phase == IntentPhase.Submitted && now - i.AdmittedAt > limits.UnclaimedTimeToLive)
            {
                intents = intents.Remove(i.Id);
            }
        }
        var hints = s.Hints.RemoveRange(s.Hints.Values.Where(h => h.TimeToLive > 0 && now >= h.CreatedAt + h.TimeToLive).Select(h => h.Id));
        return s with { Intents = intents, Hints = hints };
    }

    private static Intent Unclaimed(Intent i) => i with { Phase = IntentPhase.Submitted, Worker = "", LastHeartbeatAt = 0 };

    private static BlackboardState Put(BlackboardState s, Intent i) => s with { Intents = s.Intents.SetItem(i.Id, i) };

    private static BlackboardState Append(BlackboardState s, Fact f) =>
        s with { Head = f.Id, Facts = s.Facts.Add(f.Id, f with { Previous = s.Head }) };

    private static int? Limit(BlackboardState s, string kind, long at)
    {
        var limits = s.Hints.Values.Where(h => h.IsActiveAt(at))
            .Select(h => HintRule.TryParse(h.Rule, out HintRule r) && r.Kind == kind ? r.Limit : (int?)null)
            .Where(limit => limit.HasValue).ToList();
        return limits.Count == 0 ? null : limits.Min();
    }

    private static bool WellFormed(Fact f) =>
        f.Content?.Bytes is not null && f.Origin is not null && f.PublicKey is not null && f.Signature is not null
        && !string.IsNullOrEmpty(f.Content.MimeType) && !string.IsNullOrEmpty(f.Origin.AssetId)
        && !string.IsNullOrEmpty(f.Creator) && f.Previous == "";

    private static bool KeyMatches(byte[] publicKey, string creator) =>
        publicKey.Length == 32 && Convert.ToHexStringLower(SHA256.HashData(publicKey)[..16]) == creator;
}
