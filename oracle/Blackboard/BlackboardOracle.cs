using System.Collections.Immutable;
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
        (BlackboardEdit[] edits, ActionOutcome outcome) = action switch
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
        var delta = new BlackboardDelta(edits);
        return new BlackboardTransition(edits.Length == 0 ? state : delta.ApplyTo(state), delta, outcome);
    }

    private static (BlackboardEdit[], ActionOutcome) Exchange(BlackboardState s, ExchangeAction a, BlackboardLimits limits)
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
            (() => Limit(s, HintRule.MaxFactsPerAgent, a.At) is int n && Count(s.Facts, x => x.Creator == f.Creator) >= n, BlackboardError.RateLimited),
        ];
        foreach (var (fails, error) in admission)
        {
            if (fails())
            {
                return ([], ActionOutcome.Refused(error));
            }
        }
        BlackboardEdit[] edits = Append(s, f);
        string[] results = new BlackboardDelta(edits).ApplyTo(s).ChainNewestFirst().Where(x => x.Content.MimeType == a.Query).Take(limits.ContractRatio).Select(x => x.Id).ToArray();
        return (edits, new ActionOutcome(BlackboardError.None, results));
    }

    private static (BlackboardEdit[], ActionOutcome) Submit(BlackboardState s, SubmitIntentAction a)
    {
        Intent i = a.Intent;
        bool fresh = i.Phase == IntentPhase.Submitted && i.Worker == "" && i.ToFact == "" && i.AdmittedAt == 0
            && i.Id == Intent.ComputeId(i.FromFacts, i.Description, i.Creator, i.CreatedAt);
        if (!fresh)
        {
            return ([], ActionOutcome.Refused(BlackboardError.Malformed));
        }
        if (s.Intents.ContainsKey(i.Id))
        {
            return ([], ActionOutcome.Refused(BlackboardError.Replay));
        }
        if (Limit(s, HintRule.MaxOpenIntentsPerAgent, a.At) is int n && Count(s.Intents, x => x.Creator == i.Creator && x.Phase != IntentPhase.Concluded) >= n)
        {
            return ([], ActionOutcome.Refused(BlackboardError.RateLimited));
        }
        if (Limit(s, HintRule.MaxIntentsPerAgentPerSecond, a.At) is int r
            && Count(s.Intents, x => x.Creator == i.Creator && x.AdmittedAt > a.At - 1_000_000_000) >= r)
        {
            return ([], ActionOutcome.Refused(BlackboardError.RateLimited));
        }
        return ([new BlackboardEdit(BlackboardEditKind.PutIntent, i.Id, Intent: i with { AdmittedAt = a.At })], ActionOutcome.Done);
    }

    private static (BlackboardEdit[], ActionOutcome) Claim(BlackboardState s, ClaimAction a) =>
        s.Intents.GetValueOrDefault(a.IntentId) switch
        {
            null or { Phase: IntentPhase.Concluded } => ([], ActionOutcome.Refused(BlackboardError.UnknownIntent)),
            { Phase: IntentPhase.Claimed } => ([], ActionOutcome.Refused(BlackboardError.Conflict)),
            Intent i => (Put(i, i with { Phase = IntentPhase.Claimed, Worker = a.Agent, LastHeartbeatAt = a.At }), ActionOutcome.Done),
        };

    private static (BlackboardEdit[], ActionOutcome) Owned(BlackboardState s, string intentId, string agent, Func<Intent, Intent> change) =>
        s.Intents.GetValueOrDefault(intentId) switch
        {
            null or { Phase: IntentPhase.Concluded } => ([], ActionOutcome.Refused(BlackboardError.UnknownIntent)),
            Intent i when i.Phase != IntentPhase.Claimed || i.Worker != agent => ([], ActionOutcome.Refused(BlackboardError.NotOwner)),
            Intent i => (Put(i, change(i)), ActionOutcome.Done),
        };

    private static (BlackboardEdit[], ActionOutcome) Conclude(BlackboardState s, ConcludeAction a)
    {
        Intent? i = s.Intents.GetValueOrDefault(a.IntentId);
        if (i is null || i.Phase == IntentPhase.Concluded)
        {
            return ([], ActionOutcome.Refused(BlackboardError.UnknownIntent));
        }
        if (i.Phase != IntentPhase.Claimed || i.Worker != a.Agent)
        {
            return ([], ActionOutcome.Refused(BlackboardError.NotOwner));
        }
        // The conclusion Fact: id SHA-256(intent id, result, "concluded"), text/plain result, origin (intent, time).
        string id = Convert.ToHexStringLower(SHA256.HashData(
            new CanonicalWriter().Text(a.IntentId).Text(a.Result).Text("concluded").ToArray()));
        var fact = new Fact(id, new Content("text/plain", Encoding.UTF8.GetBytes(a.Result)), new Origin(a.IntentId, a.At),
            a.Agent, a.PublicKey, a.Signature, "");
        if (!KeyMatches(a.PublicKey, a.Agent))
        {
            return ([], ActionOutcome.Refused(BlackboardError.IdentityMismatch));
        }
        if (!AgentIdentity.Verify(a.PublicKey, fact.SignedBytes(), a.Signature))
        {
            return ([], ActionOutcome.Refused(BlackboardError.BadSignature));
        }
        return ([.. Append(s, fact), .. Put(i, i with { Phase = IntentPhase.Concluded, LastHeartbeatAt = 0, ToFact = id, ConcludedAt = a.At })],
            new ActionOutcome(BlackboardError.None, [id]));
    }

    private static (BlackboardEdit[], ActionOutcome) AddHint(BlackboardState s, AddHintAction a)
    {
        Hint h = a.Hint;
        if (string.IsNullOrEmpty(h.Id) || h.TimeToLive < 0 || !HintRule.TryParse(h.Rule, out _))
        {
            return ([], ActionOutcome.Refused(BlackboardError.Malformed));
        }
        return s.Hints.ContainsKey(h.Id)
            ? ([], ActionOutcome.Refused(BlackboardError.Replay))
            : ([new BlackboardEdit(BlackboardEditKind.PutHint, h.Id, Hint: h)], ActionOutcome.Done);
    }

    /// <summary>Claims whose heartbeat is more than the TTL old go back to submitted; submitted Intents more
    /// than their TTL old are evicted; Hints past their time to live are dropped. The edits go in id order.</summary>
    private static BlackboardEdit[] Tick(BlackboardState s, long now, BlackboardLimits limits)
    {
        var edits = new List<BlackboardEdit>();
        foreach (Intent i in s.Intents.Values)
        {
            if (i.Phase == IntentPhase.Claimed && now - i.LastHeartbeatAt > limits.HeartbeatTimeToLive)
            {
                edits.AddRange(Put(i, Unclaimed(i)));
            }
            else if (i.Phase == IntentPhase.Submitted && now - i.AdmittedAt > limits.UnclaimedTimeToLive)
            {
                edits.Add(new BlackboardEdit(BlackboardEditKind.RemoveIntent, i.Id));
            }
        }
        edits.AddRange(s.Hints.Values.Where(h => h.TimeToLive > 0 && now >= h.CreatedAt + h.TimeToLive).Select(h => new BlackboardEdit(BlackboardEditKind.RemoveHint, h.Id)));
        return [.. edits];
    }

    private static Intent Unclaimed(Intent i) => i with { Phase = IntentPhase.Submitted, Worker = "", LastHeartbeatAt = 0 };

    /// <summary>The edit that puts <paramref name="after"/> in place of <paramref name="before"/>; none when they are equal.</summary>
    private static BlackboardEdit[] Put(Intent before, Intent after) =>
        after.Equals(before) ? [] : [new BlackboardEdit(BlackboardEditKind.PutIntent, after.Id, Intent: after)];

    /// <summary>The edits that link <paramref name="f"/> at the head of <paramref name="s"/>'s chain: the
    /// head, unless it names the Fact already, and the Fact, unless it is there as linked (a state a
    /// proposer made may hold either).</summary>
    private static BlackboardEdit[] Append(BlackboardState s, Fact f)
    {
        Fact linked = f with { Previous = s.Head };
        BlackboardEdit[] head = s.Head == f.Id ? [] : [new BlackboardEdit(BlackboardEditKind.SetHead, f.Id)];
        return linked.Equals(s.Facts.GetValueOrDefault(f.Id)) ? head : [.. head, new BlackboardEdit(BlackboardEditKind.PutFact, f.Id, Fact: linked)];
    }

    private static int? Limit(BlackboardState s, string kind, long at)
    {
        var limits = s.Hints.Values.Where(h => h.IsActiveAt(at))
            .Select(h => HintRule.TryParse(h.Rule, out HintRule r) && r.Kind == kind ? r.Limit : (int?)null)
            .Where(limit => limit.HasValue).ToList();
        return limits.Count == 0 ? null : limits.Min();
    }

    /// <summary>How many of <paramref name="items"/> are <paramref name="counted"/>: the counts behind the rate
    /// limits, by scanning the state (the oracle keeps no tallies of its own), through the dictionary's own
    /// enumerator rather than LINQ over its values, which took half as long again.</summary>
    private static int Count<T>(ImmutableSortedDictionary<string, T> items, Func<T, bool> counted)
    {
        int count = 0;
        foreach (KeyValuePair<string, T> pair in items)
        {
            count += counted(pair.Value) ? 1 : 0;
        }
        return count;
    }

    private static bool WellFormed(Fact f) =>
        f.Content?.Bytes is not null && f.Origin is not null && f.PublicKey is not null && f.Signature is not null
        && !string.IsNullOrEmpty(f.Content.MimeType) && !string.IsNullOrEmpty(f.Origin.AssetId)
        && !string.IsNullOrEmpty(f.Creator) && f.Previous == "";

    private static bool KeyMatches(byte[] publicKey, string creator) =>
        publicKey.Length == 32 && Convert.ToHexStringLower(SHA256.HashData(publicKey)[..16]) == creator;
}
