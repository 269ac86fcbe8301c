using System.Globalization;
using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Exchange;

/// <summary>The checks of the scenarios (docs/attack-campaign.md), over one run. A run with no trace
/// proves nothing; a step that does not conform to the oracle is a violation (the run stopped there,
/// so it is the evidence); otherwise the run must prove something (the attacker acted, the honest
/// agents did something), and then the scenario's own check (<see cref="AttackScenario.Check"/>, one of
/// the checks here) must hold.</summary>
public static class ScenarioChecks
{
    /// <summary>The verdict of one seed.</summary>
    public static SeedVerdict Evaluate(AttackRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.History.Count == 0 || run.Fingerprint.Length == 0)
        {
            return SeedVerdict.Vacuous(run, "evidence is missing: no step was recorded");
        }
        if (!run.Conformance.Conforms)
        {
            return SeedVerdict.Failed(run, run.Conformance.FailingStep, Describe(run.Conformance.Action), "does not conform to the oracle: " + run.Conformance.Difference);
        }
        if (run.Attackers.Sum(agent => agent.Operations) == 0)
        {
            return SeedVerdict.Vacuous(run, "the attacker never acted");
        }
        var honestIds = run.Honest.Select(agent => agent.Id).ToHashSet(StringComparer.Ordinal);
        if (!run.History.Any(entry => entry.Outcome.Succeeded && honestIds.Contains(entry.Action.Agent)))
        {
            return SeedVerdict.Vacuous(run, "the honest agents did nothing");
        }
        return run.Scenario.Scenario.Check(run);
    }

    /// <summary>No read operation on any surface type; every read attempt failed; nothing returned without a commit.</summary>
    internal static SeedVerdict DirectFreeRiding(AttackRunResult run)
    {
        IReadOnlyList<string> readers = ReadSurfaceAudit.ReadOperations();
        if (readers.Count > 0)
        {
            return SeedVerdict.Failed(run, null, readers[0], "a public surface has a read operation: " + string.Join(", ", readers));
        }
        if (run.Routes.FirstOrDefault(route => !route.StartsWith("POST ", StringComparison.Ordinal)) is string route)
        {
            return SeedVerdict.Failed(run, null, route, "the remote API serves a read route");
        }
        if (run.Attackers.Sum(agent => agent.ReadAttempts) == 0)
        {
            return SeedVerdict.Vacuous(run, "the free-rider never tried to read");
        }
        if (run.Attackers.FirstOrDefault(agent => agent.ReadAttemptsAnswered > 0) is AgentLedger reader)
        {
            return SeedVerdict.Failed(run, null, reader.Name, $"{reader.ReadAttemptsAnswered} of {reader.ReadAttempts} read attempts were answered with Facts");
        }
        return ReadsOnlyAfterCommits(run) ?? SeedVerdict.Held(run);
    }

    /// <summary>Facts read without a commit: any step that committed nothing yet returned Fact ids.</summary>
    private static SeedVerdict? ReadsOnlyAfterCommits(AttackRunResult run) =>
        run.History.FirstOrDefault(entry => entry.Commit == 0 && entry.Outcome.FactIds.Count > 0) is HistoryEntry free
            ? SeedVerdict.Failed(run, free.Step, Describe(free.Action), $"returned {free.Outcome.FactIds.Count} Facts without committing anything")
            : null;

    /// <summary>None of the attacker's Facts committed, and none of its exchanges returned anything.</summary>
    internal static SeedVerdict NothingCommittedOrReturned(AttackRunResult run)
    {
        HashSet<string> submitted = Submitted(run);
        HistoryEntry? leak = run.History.FirstOrDefault(entry => entry.Action is ExchangeAction exchange && submitted.Contains(exchange.Fact.Id ?? "")
            && (entry.Commit > 0 || entry.Outcome.FactIds.Count > 0));
        return leak is null
            ? ReadsOnlyAfterCommits(run) ?? SeedVerdict.Held(run)
            : SeedVerdict.Failed(run, leak.Step, Describe(leak.Action), $"the attacker's Fact was admitted: {leak.Outcome}");
    }

    /// <summary>No poisoned Fact in the stores at any commit.</summary>
    internal static SeedVerdict PoisonNeverVisible(AttackRunResult run)
    {
        HashSet<string> poisoned = Submitted(run);
        foreach ((long commit, BlackboardState state) in run.CommittedStates.OrderBy(pair => pair.Key))
        {
            if (poisoned.FirstOrDefault(state.Facts.ContainsKey) is string id)
            {
                HistoryEntry? entry = run.History.FirstOrDefault(e => e.Commit == commit);
                return SeedVerdict.Failed(run, entry?.Step, Describe(entry?.Action), $"poisoned Fact {id} visible at commit {commit}");
            }
        }
        return NothingCommittedOrReturned(run);
    }

    /// <summary>The honest agents concluded at least the floor's share of the Intents they started.</summary>
    internal static SeedVerdict HonestCompletion(AttackRunResult run)
    {
        int started = run.Honest.Sum(agent => agent.IntentsStarted);
        if (started == 0)
        {
            return SeedVerdict.Vacuous(run, "the honest agents started no Intent, so their completion is unmeasured");
        }
        double completion = (double)run.Honest.Sum(agent => agent.IntentsConcluded) / started;
        return completion >= run.Scenario.Floor
            ? SeedVerdict.Held(run)
            : SeedVerdict.Failed(run, null, "honest intents", string.Create(CultureInfo.InvariantCulture,
                $"honest completion {completion:0.###} ({run.Honest.Sum(agent => agent.IntentsConcluded)} of {started}) is below the floor {run.Scenario.Floor}"));
    }

    /// <summary>Every Fact id committed at most once.</summary>
    internal static SeedVerdict CommittedOnce(AttackRunResult run)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (HistoryEntry entry in run.History.Where(entry => entry.Commit > 0 && entry.Action is ExchangeAction).OrderBy(entry => entry.Commit))
        {
            string id = ((ExchangeAction)entry.Action).Fact.Id;
            if (!seen.Add(id))
            {
                return SeedVerdict.Failed(run, entry.Step, Describe(entry.Action), $"Fact {id} committed a second time, at commit {entry.Commit}");
            }
        }
        return SeedVerdict.Held(run);
    }

    /// <summary>For each Sybil identity and for all of them together, Facts read per Fact contributed
    /// stay within the contract ratio; the rate limit engaged; total extraction stays within what the
    /// identities' admissions allow.</summary>
    internal static SeedVerdict ContractRatio(AttackRunResult run)
    {
        var sybils = run.Attackers.Where(agent => agent.Role == AgentRole.Sybil).Select(agent => agent.Id).ToHashSet(StringComparer.Ordinal);
        HistoryEntry[] exchanges = [.. run.History.Where(entry => entry.Action is ExchangeAction && sybils.Contains(entry.Action.Agent))];
        foreach (var identity in exchanges.GroupBy(entry => entry.Action.Agent))
        {
            int contributed = identity.Count(entry => entry.Commit > 0);
            int read = identity.Sum(entry => entry.Outcome.FactIds.Count);
            if (read > run.Limits.ContractRatio * contributed)
            {
                HistoryEntry last = identity.Last();
                return SeedVerdict.Failed(run, last.Step, Describe(last.Action), $"identity {identity.Key} read {read} Facts for {contributed} contributed (ratio {run.Limits.ContractRatio})");
            }
        }
        if (!exchanges.Any(entry => entry.Outcome.Error == BlackboardError.RateLimited))
        {
            return SeedVerdict.Vacuous(run, "the rate limit never engaged: no Sybil identity reached it");
        }
        int limit = FactsPerAgentLimit(run);
        int total = exchanges.Sum(entry => entry.Outcome.FactIds.Count);
        long bound = (long)run.Limits.ContractRatio * limit * sybils.Count;
        return total <= bound
            ? SeedVerdict.Held(run)
            : SeedVerdict.Failed(run, null, "sybil identities", $"{sybils.Count} identities read {total} Facts, over the {bound} their admissions allow");
    }

    private static int FactsPerAgentLimit(AttackRunResult run) =>
        run.History.Select(entry => entry.Action).OfType<AddHintAction>()
            .Select(hint => HintRule.TryParse(hint.Hint.Rule, out HintRule rule) && rule.Kind == HintRule.MaxFactsPerAgent ? rule.Limit : int.MaxValue)
            .DefaultIfEmpty(int.MaxValue).Min();

    private static HashSet<string> Submitted(AttackRunResult run) => run.Attackers.SelectMany(agent => agent.Submitted).ToHashSet(StringComparer.Ordinal);

    private static string Describe(BlackboardAction? action) => action is null ? "" : action.GetType().Name.Replace("Action", "", StringComparison.Ordinal) + " by " + action.Agent;
}
