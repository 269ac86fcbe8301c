namespace Nexus.Oracle.Loop;

/// <summary>One rollout of the loop: divergence after every step, which steps consulted, and what the consultations cost.</summary>
public sealed record LoopRecord(IReadOnlyList<double> Divergences, IReadOnlyList<bool> Schedule, int OracleCalls, long OracleBits)
{
    /// <summary>The schedule as 1s and 0s.</summary>
    public string ScheduleText => string.Concat(Schedule.Select(consulted => consulted ? '1' : '0'));
}
