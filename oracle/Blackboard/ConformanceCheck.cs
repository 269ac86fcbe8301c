using Nexus.Worlds.Blackboard.Actions;
using Nexus.Worlds.Blackboard.Records;

namespace Nexus.Oracle.Blackboard;

/// <summary>Replays a finished implementation history through the oracle, comparing outcomes and the
/// states read back after every step (see <see cref="ConformanceMonitor"/>). An empty history is an
/// error, not a pass.</summary>
public static class ConformanceCheck
{
    /// <summary>Checks <paramref name="history"/> against the states the implementation held after each step.</summary>
    public static ConformanceReport Run(IReadOnlyList<HistoryEntry> history, IReadOnlyList<BlackboardState> statesAfter, BlackboardLimits limits)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(statesAfter);
        if (statesAfter.Count != history.Count)
        {
            throw new ArgumentException($"{history.Count} steps but {statesAfter.Count} states read back", nameof(statesAfter));
        }
        var monitor = new ConformanceMonitor(limits);
        for (int step = 0; step < history.Count && monitor.Observe(history[step], statesAfter[step]); step++)
        {
        }
        return monitor.Report;
    }
}
