using System.Globalization;
using Nexus.Engine.Runtime;
using Nexus.Engine.Tracing;
using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;
using Nexus.Worlds.Blackboard.Surfaces;
using Nexus.Worlds.Storage;

namespace Nexus.Scenarios.Exchange;

/// <summary>One cell of a campaign on one seed: a fresh runtime seeded with it, the stores of the
/// depth (with the seed's swarm of store faults if asked), a blackboard of the campaign's workers
/// observed by the oracle, the campaign's Hints added by an operator at time 0, then the honest agents
/// and the scenario's attackers acting at once until all are done. A non-conforming step stops the run.</summary>
public static class AttackRun
{
    /// <summary>Runs <paramref name="scenario"/> at <paramref name="depth"/> on <paramref name="seed"/>.</summary>
    public static AttackRunResult Run(AttackCampaign campaign, ScenarioSpec scenario, CampaignDepth depth, int seed)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(depth);
        var limits = new BlackboardLimits();
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions((ulong)seed) { StepCountMax = 50_000_000 });
        StoreDepth depthStores = depth.Stores ?? throw new ArgumentException($"{depth.Name}: the exchange contract runs on stores, and this depth names none", nameof(depth));
        StoreSet stores = campaign.Foundation.Shape(depthStores.Profile is null ? StoreSet.InProcess() : StoreSet.Remote(runtime, campaign.Foundation.Shape(depthStores.Profile)));
        if (depth.Swarm)
        {
            stores.ApplySwarm(runtime, (ulong)seed);
        }
        var observed = ObservedBlackboard.Create(runtime, stores, limits, campaign.Defences, campaign.Workers);
        var world = new AgentWorld(runtime, observed.Blackboard);
        var identities = new List<AgentIdentity>();
        AgentIdentity Identity(string name)
        {
            AgentIdentity identity = AgentIdentity.Derive((ulong)seed, name);
            identities.Add(identity);
            return identity;
        }
        try
        {
            AgentIdentity operatorIdentity = Identity("operator");
            AgentProcess[] honest = [.. Agents(world, campaign.Honest, "honest", Identity, victim: null)];
            AgentIdentity victim = honest.Length > 0 ? identities[1] : operatorIdentity;
            AgentProcess[] attackers = [.. scenario.Attackers.SelectMany((spec, group) =>
                Agents(world, spec, spec.RoleName + "-" + group.ToString(CultureInfo.InvariantCulture), Identity, victim))];
            runtime.Spawn("campaign", async () =>
            {
                for (int i = 0; i < campaign.Hints.Count; i++)
                {
                    await observed.Blackboard.AddHintAsync(new Hint("campaign-" + i.ToString(CultureInfo.InvariantCulture), campaign.Hints[i], operatorIdentity.Id, 0, 0));
                }
                await Task.WhenAll([.. honest.Concat(attackers).Select(agent => runtime.Spawn(agent.Ledger.Name, agent.RunAsync))]);
            });
            try
            {
                runtime.RunToCompletion();
            }
            catch (SimulationFailure failure) when (failure.InnerException is ObservedBlackboard.NonConformance)
            {
                // The monitor holds the failing step.
            }
            IReadOnlyList<HistoryEntry> history = observed.Blackboard.History;
            return new AttackRunResult(scenario, depth, seed, history.Count == 0 ? NoEvidence : observed.Settle(), history,
                [.. honest.Select(agent => agent.Ledger)], [.. attackers.Select(agent => agent.Ledger)], observed.Monitor.CommittedStates,
                new BlackboardEndpoint(observed.Blackboard).Routes, limits, Fingerprint(history));
        }
        finally
        {
            identities.ForEach(identity => identity.Dispose());
        }
    }

    private static readonly ConformanceReport NoEvidence = new(0, 0, null, "no step was taken");

    private static IEnumerable<AgentProcess> Agents(AgentWorld world, AgentSpec spec, string group, Func<string, AgentIdentity> identity, AgentIdentity? victim)
    {
        for (int i = 0; i < spec.Count; i++)
        {
            string name = group + "-" + i.ToString(CultureInfo.InvariantCulture);
            AgentIdentity self = identity(name);
            yield return new AgentProcess(world, spec, self, victim ?? self, world.Runtime.Stream("agent/" + name));
        }
    }

    /// <summary>The trace of the run: one event per step in finish order (time, step, commit, operation,
    /// agent, the Fact it carried, the outcome and how many Fact ids it returned), fingerprinted.</summary>
    private static string Fingerprint(IReadOnlyList<HistoryEntry> history)
    {
        using var trace = new SimTrace();
        foreach (HistoryEntry entry in history)
        {
            trace.Begin(entry.Action.At, "step").Field("step", entry.Step).Field("commit", entry.Commit)
                .Field("op", entry.Action.GetType().Name).Field("agent", entry.Action.Agent)
                .Field("fact", entry.Action is ExchangeAction exchange ? exchange.Fact.Id : "")
                .Field("outcome", entry.Outcome.Error.ToString()).Field("results", entry.Outcome.FactIds.Count).End();
        }
        return trace.Fingerprint;
    }
}
