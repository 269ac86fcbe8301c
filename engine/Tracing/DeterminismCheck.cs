namespace Nexus.Engine.Tracing;

/// <summary>Runs a simulation twice and compares the traces. A simulation that writes no events is
/// an error, not a pass: an empty trace proves nothing.</summary>
public static class DeterminismCheck
{
    /// <summary>Runs <paramref name="simulation"/> twice, each time into a fresh trace, and compares them.</summary>
    public static DeterminismReport Run(Action<SimTrace> simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        using var first = new SimTrace(keepLines: true);
        simulation(first);
        using var second = new SimTrace(keepLines: true);
        simulation(second);
        return Compare(first, second);
    }

    /// <summary>Compares two traces that kept their lines.</summary>
    public static DeterminismReport Compare(SimTrace first, SimTrace second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.EventCount == 0 || second.EventCount == 0)
        {
            throw new InvalidOperationException(
                $"determinism check has no evidence: the runs wrote {first.EventCount} and {second.EventCount} trace events");
        }
        if (first.Fingerprint == second.Fingerprint)
        {
            return new DeterminismReport(first.Fingerprint, second.Fingerprint, first.EventCount, null, null, null);
        }
        IReadOnlyList<string> a = first.Lines;
        IReadOnlyList<string> b = second.Lines;
        int index = 0;
        while (index < a.Count && index < b.Count && a[index] == b[index])
        {
            index++;
        }
        return new DeterminismReport(first.Fingerprint, second.Fingerprint, first.EventCount, index + 1,
            index < a.Count ? a[index] : null, index < b.Count ? b[index] : null);
    }
}
