using Nexus.Scenarios.Campaigns;
using Nexus.Worlds.Blackboard.Agents;

namespace Nexus.Scenarios.Exchange;

/// <summary>The scenarios' checks against a running server, from what its clients were answered (the
/// oracle cannot watch a blackboard in another process). Each runs after the checks every run gets
/// (the remote campaign's): the honest agents got something done and the attacker acted.</summary>
public static class ServerChecks
{
    /// <summary>Nothing of the attackers' was admitted.</summary>
    public static Task<RemoteVerdict> NothingAdmitted(ServerEvidence run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int admitted = run.Attackers.Sum(agent => agent.Succeeded);
        return Task.FromResult(admitted == 0
            ? new RemoteVerdict(run.Scenario, Verdict.Blocked, $"none of the attackers' {run.Attackers.Sum(agent => agent.Operations)} requests was admitted")
            : new RemoteVerdict(run.Scenario, Verdict.Violated, $"{admitted} of the attackers' requests were admitted"));
    }

    /// <summary>The free-rider tried to read, every read attempt was answered with nothing, and no route
    /// the server serves, under any method, names a committed Fact (<see cref="ServerEvidence.ProbeRoutes"/>).</summary>
    public static async Task<RemoteVerdict> NothingReadAsync(ServerEvidence run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int reads = run.Attackers.Sum(agent => agent.ReadAttempts);
        if (reads == 0)
        {
            return new RemoteVerdict(run.Scenario, Verdict.Error, "the free-rider never tried to read");
        }
        if (run.Attackers.FirstOrDefault(agent => agent.ReadAttemptsAnswered > 0) is AgentLedger reader)
        {
            return new RemoteVerdict(run.Scenario, Verdict.Violated, $"{reader.ReadAttemptsAnswered} of {reader.ReadAttempts} read attempts were answered with Facts");
        }
        RouteProbeResult probe = await run.ProbeRoutes([.. run.HonestFacts]);
        return probe.Leaks.Count > 0
            ? new RemoteVerdict(run.Scenario, Verdict.Violated, $"{probe.Leaks.Count} of {probe.Probes} probes were answered with committed Facts: {string.Join(", ", probe.Leaks)}")
            : new RemoteVerdict(run.Scenario, Verdict.Blocked,
                $"{reads} read attempts answered with nothing; {probe.Probes} probes ({probe.Paths} paths x {probe.Methods} methods) named none of the {run.HonestFacts.Count} honest Facts");
    }
}
