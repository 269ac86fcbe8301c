using Nexus.Engine.Runtime;
using Nexus.Oracle.Blackboard;
using Nexus.Scenarios.Hunts.Liveness;
using Nexus.Worlds.Storage;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Scenarios.Hunts;

/// <summary>A scenario to hunt, and the bug seeded into it (none for a scenario hunted only correct):
/// one body, run under Coyote on the task runtime and on virtual time.</summary>
public sealed record Hunt(string Name, Func<ISimRuntime, HuntSetup, Task> Body, SeededBug? Bug)
{
    /// <summary>One Coyote execution of the scenario in <paramref name="setup"/> on <see cref="TaskRuntime"/>
    /// (its liveness watch is Coyote's monitor): a broken invariant or a step that does not conform
    /// becomes Coyote's assertion failure, followed by <paramref name="replayHint"/>.</summary>
    public Task UnderCoyote(HuntSetup setup, string replayHint = "")
    {
        ArgumentNullException.ThrowIfNull(setup);
        return RunUnderCoyote(Body, setup with { Watch = new CoyoteClaimWatch() }, replayHint);
    }

    /// <summary>One run of the scenario with <paramref name="bug"/> on virtual time at depth-2
    /// <paramref name="depth"/>, with seed <paramref name="seed"/>'s swarm of store faults: the failure,
    /// or null when every invariant held.</summary>
    public string? OnVirtualTime(StoreDepth depth, ulong seed, SeededBug? bug)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 20_000_000 });
        runtime.Spawn(Name, () => Body(runtime, new HuntSetup(depth, bug, seed)));
        try
        {
            runtime.RunToCompletion();
            return null;
        }
        catch (SimulationFailure failure) when (failure.InnerException is ScenarioViolation or ObservedBlackboard.NonConformance)
        {
            return failure.InnerException.Message;
        }
    }

    /// <summary>The names of this hunt's Coyote tests for the coyote command line (docs/coyote-hunts.md):
    /// the correct orchestration at depth 1 and depth 2, and the seeded bug (at depth 2) if there is one.</summary>
    public IReadOnlyList<string> CoyoteTestNames()
    {
        string pascal = Pascal(Name);
        string[] correct = [pascal + "_Depth1", pascal + "_Depth2"];
        return Bug is null ? correct : [.. correct, pascal + "_" + Pascal(Bug.Name)];
    }

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static async Task RunUnderCoyote(Func<ISimRuntime, HuntSetup, Task> body, HuntSetup setup, string replayHint)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        string? violation = null;
        try
        {
            await body(runtime, setup);
        }
        catch (Exception failure) when (failure is ScenarioViolation or ObservedBlackboard.NonConformance)
        {
            violation = failure.Message;
        }
        finally
        {
            await runtime.StopAsync();
        }
        CoyoteSpecification.Assert(violation is null, "{0}{1}", violation, replayHint);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
