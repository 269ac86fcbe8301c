using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Worlds.Blackboard.Orchestration;

/// <summary>The orchestration's rules: from the committed state a worker read and an action, the
/// decision. Pure; the worker does the I/O around it (read, write records, commit by compare-and-swap).
/// These are the rules every blackboard runs unless it is given others (<see cref="IBlackboardRules"/>).</summary>
public sealed class BlackboardRules : IBlackboardRules
{
    private const long OneSecond = 1_000_000_000;

    private BlackboardRules()
    {
    }

    /// <summary>The blackboard's own rules.</summary>
    public static BlackboardRules Standard { get; } = new();

    /// <inheritdoc />
    public Decision Decide(BlackboardState state, BlackboardAction action, BlackboardLimits limits, BlackboardDefences defences) =>
        action switch
        {
            ExchangeAction a => Exchange(state, a, limits, defences),
            SubmitIntentAction a => Submit(state, a, defences),
            ClaimAction a => Claim(state, a),
            HeartbeatAction a => Owned(state, a.IntentId, a.Agent, defences, intent => intent with { LastHeartbeatAt = a.At }),
            ReleaseAction a => Owned(state, a.IntentId, a.Agent, defences, intent => intent with { Phase = IntentPhase.Submitted, Worker = "", LastHeartbeatAt = 0 }),
            ConcludeAction a => Conclude(state, a, defences),
            AddHintAction a => AddHint(state, a, defences),
            TickAction a => Tick(state, a, limits),
            _ => throw new ArgumentException($"no rule for {action.GetType().Name}", nameof(action)),
        };

    private static Decision Exchange(BlackboardState state, ExchangeAction action, BlackboardLimits limits, BlackboardDefences defences)
    {
        BlackboardError refusal = FactAdmission.Check(action.Fact, state, limits, action.At, defences);
        if (refusal != BlackboardError.None)
        {
            return Decision.Refused(refusal);
        }
        Fact linked = action.Fact with { Previous = state.Head };
        string[] found = state.ChainNewestFirst().Prepend(linked).Where(fact => fact.Content.MimeType == action.Query)
            .Take(defences.ContractRatio ? limits.ContractRatio : int.MaxValue).Select(fact => fact.Id).ToArray();
        return new Decision(new ActionOutcome(BlackboardError.None, found), BlackboardChange.Link(linked));
    }

    private static Decision Submit(BlackboardState state, SubmitIntentAction action, BlackboardDefences defences)
    {
        Intent intent = action.Intent;
        if (defences.Structure && (intent.Id != Intent.ComputeId(intent.FromFacts, intent.Description, intent.Creator, intent.CreatedAt)
            || intent.Phase != IntentPhase.Submitted || intent.Worker.Length > 0 || intent.ToFact.Length > 0 || intent.AdmittedAt != 0))
        {
            return Decision.Refused(BlackboardError.Malformed);
        }
        if (defences.ReplayGuard && state.Intents.ContainsKey(intent.Id))
        {
            return Decision.Refused(BlackboardError.Replay);
        }
        if (defences.RateLimits && HintLimits.Active(state, HintRule.MaxOpenIntentsPerAgent, action.At) is int limit
            && state.Tallies.OpenIntents(intent.Creator) >= limit)
        {
            return Decision.Refused(BlackboardError.RateLimited);
        }
        if (defences.RateLimits && HintLimits.Active(state, HintRule.MaxIntentsPerAgentPerSecond, action.At) is int perSecond
            && state.Tallies.AdmittedAfter(intent.Creator, action.At - OneSecond) >= perSecond)
        {
            return Decision.Refused(BlackboardError.RateLimited);
        }
        return Changed(state, intent with { AdmittedAt = action.At });
    }

    private static Decision Claim(BlackboardState state, ClaimAction action)
    {
        Intent? intent = state.Intents.GetValueOrDefault(action.IntentId);
        if (intent is null || intent.Phase == IntentPhase.Concluded)
        {
            return Decision.Refused(BlackboardError.UnknownIntent);
        }
        return intent.Phase == IntentPhase.Claimed
            ? Decision.Refused(BlackboardError.Conflict)
            : Changed(state, intent with { Phase = IntentPhase.Claimed, Worker = action.Agent, LastHeartbeatAt = action.At });
    }

    private static Decision Owned(BlackboardState state, string intentId, string agent, BlackboardDefences defences, Func<Intent, Intent> change)
    {
        Intent? intent = state.Intents.GetValueOrDefault(intentId);
        if (intent is null || intent.Phase == IntentPhase.Concluded)
        {
            return Decision.Refused(BlackboardError.UnknownIntent);
        }
        return intent.Phase != IntentPhase.Claimed || (defences.OwnerCheck && intent.Worker != agent)
            ? Decision.Refused(BlackboardError.NotOwner)
            : Changed(state, change(intent));
    }

    private static Decision Conclude(BlackboardState state, ConcludeAction action, BlackboardDefences defences)
    {
        Intent? intent = state.Intents.GetValueOrDefault(action.IntentId);
        if (intent is null || intent.Phase == IntentPhase.Concluded)
        {
            return Decision.Refused(BlackboardError.UnknownIntent);
        }
        if (intent.Phase != IntentPhase.Claimed || (defences.OwnerCheck && intent.Worker != action.Agent))
        {
            return Decision.Refused(BlackboardError.NotOwner);
        }
        Fact conclusion = action.ConclusionFact();
        if (defences.Identity && (AgentIdentity.IdOf(conclusion.PublicKey) != conclusion.Creator || conclusion.PublicKey.Length != 32))
        {
            return Decision.Refused(BlackboardError.IdentityMismatch);
        }
        if (defences.Signature && !AgentIdentity.Verify(conclusion.PublicKey, conclusion.SignedBytes(), conclusion.Signature))
        {
            return Decision.Refused(BlackboardError.BadSignature);
        }
        Fact linked = conclusion with { Previous = state.Head };
        Intent concluded = intent with { Phase = IntentPhase.Concluded, LastHeartbeatAt = 0, ToFact = linked.Id, ConcludedAt = action.At };
        return new Decision(new ActionOutcome(BlackboardError.None, [linked.Id]), BlackboardChange.Link(linked, concluded));
    }

    private static Decision AddHint(BlackboardState state, AddHintAction action, BlackboardDefences defences)
    {
        Hint hint = action.Hint;
        if (hint.Id.Length == 0 || hint.TimeToLive < 0 || !HintRule.TryParse(hint.Rule, out _))
        {
            return Decision.Refused(BlackboardError.Malformed);
        }
        return defences.ReplayGuard && state.Hints.ContainsKey(hint.Id)
            ? Decision.Refused(BlackboardError.Replay)
            : new Decision(ActionOutcome.Done, BlackboardChange.Add(state, hint));
    }

    private static Decision Tick(BlackboardState state, TickAction action, BlackboardLimits limits)
    {
        var released = new List<Intent>();
        var evicted = new List<string>();
        foreach (Intent intent in state.Intents.Values)
        {
            if (intent.Phase == IntentPhase.Claimed && action.At - intent.LastHeartbeatAt > limits.HeartbeatTimeToLive)
            {
                released.Add(intent with { Phase = IntentPhase.Submitted, Worker = "", LastHeartbeatAt = 0 });
            }
            else if (intent.Phase == IntentPhase.Submitted && action.At - intent.AdmittedAt > limits.UnclaimedTimeToLive)
            {
                evicted.Add(intent.Id);
            }
        }
        string[] expired = [.. state.Hints.Values.Where(hint => hint.TimeToLive > 0 && action.At >= hint.CreatedAt + hint.TimeToLive).Select(hint => hint.Id)];
        return new Decision(ActionOutcome.Done, new BlackboardChange(state.Head, [], [.. released], [.. evicted], [], expired));
    }

    private static Decision Changed(BlackboardState state, Intent after) => new(ActionOutcome.Done, BlackboardChange.Set(state, after));
}
