using Nexus.Experiments.Configuration;
using Nexus.Experiments.Loops;

namespace Nexus.Tests.NetworkWorld;

/// <summary>A loop sweep run as <c>nexus run</c> runs it: its units through the sweep, one worker, then its rows.</summary>
internal static class LoopSweeps
{
    public static IReadOnlyList<HorizonRow> Rows(LoopSweepConfig config)
    {
        var sweep = new LoopSweep(config, "");
        return sweep.Rows(sweep.Run(null, 1, (_, _) => { })!);
    }
}
