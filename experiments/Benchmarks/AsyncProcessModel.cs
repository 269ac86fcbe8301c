using Nexus.Engine.Runtime;
using Nexus.Engine.Time;

namespace Nexus.Experiments.Benchmarks;

/// <summary>The hold model written as M async processes on the virtual runtime, each looping
/// <c>await runtime.Delay(Exp(1) s)</c>: what simulated code actually costs per event.</summary>
internal static class AsyncProcessModel
{
    private const double NanosecondsPerSecond = 1e9;

    public static Measurement Run(int processes, long events, ulong seed)
    {
        var runtime = new VirtualRuntime(new VirtualRuntimeOptions(seed) { EventCapacityInitial = processes + 16 });
        var random = runtime.Random.Fork("bench");
        for (int i = 0; i < processes; i++)
        {
            runtime.Spawn("holder", async () =>
            {
                while (true)
                {
                    await runtime.Delay(new SimDuration((long)(random.NextExponential() * NanosecondsPerSecond)));
                }
            });
        }
        runtime.RunSteps(HoldModel.WarmUp(processes));
        long pendingBefore = runtime.PendingCount;
        Measurement measurement = Measurement.Of(events, () => runtime.RunSteps(events));
        Engine.Invariant.True(runtime.PendingCount == pendingBefore, "the async model must hold {0} events pending", pendingBefore);
        return measurement;
    }
}
