using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Scenarios.Hunts.Scenarios;

/// <summary>Three agents acting concurrently, four actions each, with the OODA scheduler ticking, on a
/// four-worker blackboard: every commit and finished step conforms with the oracle, and steps were
/// checked at all (a run that checked nothing proves nothing). Hunted correct only: no seeded bug.</summary>
public static class AgentsAndScheduler
{
    private const int Agents = 3;
    private const int ActionsPerAgent = 4;

    /// <summary>The agents' seed under Coyote, where there is no swarm seed to draw them from.</summary>
    private const ulong CoyoteSeed = 7919;

    private static readonly BlackboardLimits Limits = new() { TickInterval = 1_000_000_000 };

    /// <summary>One run of the scenario on <paramref name="runtime"/>, set up as <paramref name="setup"/> says; a broken invariant throws.</summary>

    public static async Task RunAsync(ISimRuntime runtime, HuntSetup setup)
    {
        var observed = setup.Blackboard(runtime, Limits, workers: 4);
        await observed.RunWorkloadAsync(runtime, setup.SwarmSeed ?? CoyoteSeed, Agents, ActionsPerAgent, SimDuration.FromMilliseconds(200), SimTime.FromSeconds(2));
        Concurrently.RequireConformance(observed);
        ScenarioViolation.Require(observed.Monitor.Report.StepsChecked >= Agents, $"only {observed.Monitor.Report.StepsChecked} steps were checked");
    }
}
