using Nexus.Engine.Runtime;
using Nexus.Engine.Time;
using Nexus.Worlds.Blackboard.Orchestration;

namespace Nexus.Scenarios.Hunts.Bugs;

/// <summary>A scheduler "optimized" to stop ticking as soon as a tick finds nothing to do. Every tick
/// it makes is correct, so the oracle sees nothing wrong; but a claim that goes stale after it stopped
/// is never released. Only a liveness check catches it.</summary>
public static class IdleStopScheduler
{
    /// <summary>Ticks every tick interval until <paramref name="until"/>, or until a tick commits nothing.</summary>
    public static async Task RunAsync(ISimRuntime runtime, BlackboardService blackboard, SimTime until)
    {
        var interval = new SimDuration(blackboard.Limits.TickInterval);
        while (runtime.Now + interval <= until)
        {
            await runtime.Delay(interval);
            await blackboard.TickAsync();
            if (blackboard.History[^1].Commit == 0)
            {
                return;
            }
        }
    }
}
