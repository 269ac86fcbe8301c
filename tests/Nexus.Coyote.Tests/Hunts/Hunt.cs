using Nexus.Coyote.Tests.Hunts.Liveness;
using Nexus.Engine.Runtime;
using Nexus.Oracle.Blackboard;
using CoyoteSpecification = Microsoft.Coyote.Specifications.Specification;

namespace Nexus.Coyote.Tests.Hunts;

/// <summary>A scenario to hunt, and the bug seeded into it (none for a scenario hunted only correct):
/// one body, run under Coyote on the task runtime and on virtual time.</summary>
public sealed record Hunt(string Name, Func<ISimRuntime, HuntSetup, Task> Body, SeededBug? Bug)
{
    /// <summary>The depth at which the seeded bug is hunted: behind the cf-workers boundary.</summary>
    public const int BugDepth = 2;

    /// <summary>One Coyote execution of the scenario on <see cref="TaskRuntime"/>: a broken invariant or a
    /// step that does not conform becomes Coyote's assertion failure; liveness goes to its monitor. Run
    /// as the coyote command line's test <paramref name="coyoteTest"/>, the failure says how to replay it.</summary>
    public Task UnderCoyote(int depth, SeededBug? bug, string? coyoteTest = null) =>
        UnderCoyote(new HuntSetup(depth, bug), coyoteTest);

    /// <summary>One Coyote execution of the scenario in <paramref name="setup"/> (its liveness watch is Coyote's monitor).</summary>
    public Task UnderCoyote(HuntSetup setup, string? coyoteTest = null) =>
        RunUnderCoyote(Body, setup with { Watch = new CoyoteClaimWatch() }, coyoteTest is null ? "" : ReplayHint(coyoteTest));

    /// <summary>The replay command for a failure of <paramref name="coyoteTest"/> found by the coyote command line.</summary>
    public static string ReplayHint(string coyoteTest)
    {
        string assembly = System.IO.Path.GetRelativePath(Nexus.Tests.RepositoryPaths.Root, typeof(Hunt).Assembly.Location);
        return $"\nreplay it (from the repository root, with the .trace file coyote writes below): dotnet coyote replay {assembly} TRACE -m {coyoteTest}";
    }

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

    private static async Task RunUnderCoyote(Func<ISimRuntime, HuntSetup, Task> body, HuntSetup setup, string replayHint)
    {
        var runtime = new TaskRuntime(new CoyoteChoiceSource());
        try
        {
            await body(runtime, setup);
        }
        catch (Exception failure) when (failure is ScenarioViolation or ObservedBlackboard.NonConformance)
        {
            CoyoteSpecification.Assert(false, "{0}{1}", failure.Message, replayHint);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
