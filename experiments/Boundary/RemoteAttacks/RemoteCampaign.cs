using System.Globalization;
using Nexus.Engine.Runtime;
using Nexus.Experiments.Boundary.Clients;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;
using Nexus.Worlds.Blackboard.Agents;
using Nexus.Worlds.Blackboard.Identity;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Experiments.Boundary.RemoteAttacks;

/// <summary>A campaign's boundary-surface attacks against a running <c>nexus serve --blackboard</c>:
/// for each scenario, its attackers that use the boundary, beside the campaign's honest agents (on the
/// boundary too), all as HTTP clients paced on the real clock. The oracle cannot watch a blackboard in
/// another process, so each verdict rests on what the clients were answered: the direct free-rider's
/// reads and its probe of every route (<see cref="RouteProbe"/>); for the other attacks, that nothing
/// of the attacker's was admitted.</summary>
public static class RemoteCampaign
{
    /// <summary>Runs the campaign's boundary attacks on <paramref name="seed"/> against <paramref name="server"/>;
    /// agents think 1 / <paramref name="timeScale"/> times as fast as configured; every request carries
    /// <paramref name="token"/> when the server wants one. One verdict per scenario run.</summary>
    public static IReadOnlyList<RemoteVerdict> Run(AttackCampaign campaign, Uri server, ulong seed, double timeScale, Action<string> print, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(print);
        var verdicts = new List<RemoteVerdict>();
        foreach (ScenarioSpec scenario in campaign.Scenarios)
        {
            AgentSpec[] attackers = [.. scenario.Attackers.Where(spec => spec.Surface == ApiSurface.Boundary)];
            if (attackers.Length == 0)
            {
                continue;
            }
            if (scenario.Scenario.ServerCheck is not { } check)
            {
                print($"{scenario.Scenario.Name}: not run: its check needs the oracle beside the blackboard");
                continue;
            }
            RemoteVerdict verdict = RunScenarioAsync(campaign, scenario.Scenario.Name, check, attackers, server, token, seed, timeScale).GetAwaiter().GetResult();
            print(verdict.ToString());
            verdicts.Add(verdict);
        }
        return verdicts;
    }

    private static async Task<RemoteVerdict> RunScenarioAsync(AttackCampaign campaign, string scenario, Func<ServerEvidence, Task<RemoteVerdict>> check,
        AgentSpec[] attackerSpecs, Uri server, string? token, ulong seed, double timeScale)
    {
        using var runtime = new PacedRuntime(seed, timeScale);
        using HttpClient http = ServerConnection.Open(server, token, TimeSpan.FromSeconds(30));
        AgentWorld world = AgentWorld.Remote(runtime, new HttpBlackboardRoutes(http), new BlackboardLimits(), campaign.Workers);
        var identities = new List<AgentIdentity>();
        try
        {
            // Names carry the scenario, so each scenario's agents (and their content-addressed Facts) are new to the server.
            AgentProcess[] Agents(AgentSpec spec, string group) => [.. Enumerable.Range(0, spec.Count).Select(i =>
            {
                string name = scenario + "/" + group + "-" + i.ToString(CultureInfo.InvariantCulture);
                AgentIdentity self = AgentIdentity.Derive(seed, name);
                identities.Add(self);
                return new AgentProcess(world, spec, self, identities[0], runtime.Stream("agent/" + name));
            })];
            AgentProcess[] honest = Agents(campaign.Honest with { Surface = ApiSurface.Boundary }, "honest");
            AgentProcess[] attackers = [.. attackerSpecs.SelectMany((spec, group) => Agents(spec, spec.RoleName + "-" + group.ToString(CultureInfo.InvariantCulture)))];
            await runtime.Run(async () =>
            {
                await Task.WhenAll([.. honest.Concat(attackers).Select(agent => runtime.Spawn(agent.Ledger.Name, agent.RunAsync))]);
                return true;
            });
            string[] committed = [.. honest.SelectMany(agent => agent.Ledger.Submitted)];
            return await JudgeAsync(new ServerEvidence(scenario, [.. honest.Select(agent => agent.Ledger)], [.. attackers.Select(agent => agent.Ledger)], committed,
                facts => RouteProbe.RunAsync(server, facts, token)), check);
        }
        finally
        {
            identities.ForEach(identity => identity.Dispose());
        }
    }

    /// <summary>The checks every run gets, then the scenario's own.</summary>
    private static Task<RemoteVerdict> JudgeAsync(ServerEvidence run, Func<ServerEvidence, Task<RemoteVerdict>> check)
    {
        if (run.Honest.Sum(agent => agent.Succeeded) == 0)
        {
            return Task.FromResult(new RemoteVerdict(run.Scenario, Verdict.Error, "the honest agents got nothing done: is the server a fresh nexus serve --blackboard?"));
        }
        if (run.Attackers.Sum(agent => agent.Operations) == 0)
        {
            return Task.FromResult(new RemoteVerdict(run.Scenario, Verdict.Error, "the attacker never acted"));
        }
        return check(run);
    }
}
