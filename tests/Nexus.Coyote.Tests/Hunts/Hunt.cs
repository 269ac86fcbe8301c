using Nexus.Coyote.Tests.Hunts.Liveness;
using Nexus.Engine.Runtime;
using Nexus.Oracle.Blackboard;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests.Hunts;

/// <summary>A scenario to hunt, and the bug seeded into it: one body, run under Coyote on the task
/// runtime and on virtual time.</summary>
public sealed record Hunt(string Name, Func<ISimRuntime, HuntSetup, Task> Body, SeededBug Bug)
{
    /// <summary>The depth at which the seeded bug is hunted: behind the cf-workers boundary.</summary>
    public const int BugDepth = 2;

    /// <summary>One Coyote execution of the scenario on <see cref="TaskRuntime"/>: a broken invariant or a
    /// step that does not conform becomes Coyote's assertion failure; liveness goes to its monitor.</summary>
    public Task UnderCoyote(int depth, SeededBug? bug) =>
        RunUnderCoyote(Body, new HuntSetup(depth, bug) { Watch = new CoyoteClaimWatch() });

    /// <summary>One run of the scenario with the seeded bug on virtual time, behind cf-workers with seed
    /// <paramref name="seed"/>'s swarm of store faults: the failure, or null when every invariant held.</summary>
    public string? OnVirtualTime(ulong seed, SeededBug? bug)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { StepCountMax = 20_000_000 });
        runtime.Spawn(Name, () => Body(runtime, new HuntSetup(BugDepth, bug, seed)));
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

    private static async Task RunUnderCoyote(Func<ISimRuntime, HuntSetup, Task> body, HuntSetup setup)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        try
        {
            await body(runtime, setup);
        }
        catch (Exception failure) when (failure is ScenarioViolation or ObservedBlackboard.NonConformance)
        {
            CoyoteSpecification.Assert(false, "{0}", failure.Message);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
