namespace Nexus.Experiments.Benchmarks;

/// <summary><c>nexus bench engine</c>: the event queue's hold model at 16 to 1,048,576 pending events,
/// and the same model as M async processes, each beside the PriorityQueue baseline at the same size,
/// measured in this process. Rounds alternate Nexus and baseline; the best round of each is kept.</summary>
public static class EngineBenchmark
{
    /// <summary>Pending-event counts of the queue benchmark.</summary>
    public static readonly int[] QueueSizes = [16, 1_024, 65_536, 1_048_576];

    /// <summary>Process counts of the async benchmark.</summary>
    public static readonly int[] ProcessCounts = [16, 1_024, 65_536];

    /// <summary>Runs both benchmarks and reports each row as it is measured.</summary>
    public static IReadOnlyList<BenchmarkRow> Run(long eventsPerRound, int rounds, ulong seed, Action<BenchmarkRow> report)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eventsPerRound, 1000);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentNullException.ThrowIfNull(report);
        List<BenchmarkRow> rows = [];
        foreach (int pending in QueueSizes)
        {
            rows.Add(Measure("queue hold model", pending, rounds, report,
                () => HoldModel.RunNexusQueue(pending, eventsPerRound, seed),
                () => HoldModel.RunPriorityQueue(pending, eventsPerRound, seed)));
        }
        foreach (int processes in ProcessCounts)
        {
            rows.Add(Measure("async processes", processes, rounds, report,
                () => AsyncProcessModel.Run(processes, eventsPerRound, seed),
                () => HoldModel.RunPriorityQueue(processes, eventsPerRound, seed)));
        }
        return rows;
    }

    private static BenchmarkRow Measure(string name, int size, int rounds, Action<BenchmarkRow> report,
        Func<Measurement> nexus, Func<Measurement> baseline)
    {
        Measurement bestNexus = default;
        Measurement bestBaseline = default;
        for (int round = 0; round < rounds; round++)
        {
            GC.Collect();
            Measurement b = baseline();
            GC.Collect();
            Measurement n = nexus();
            bestBaseline = b.EventsPerSecond > bestBaseline.EventsPerSecond ? b : bestBaseline;
            bestNexus = n.EventsPerSecond > bestNexus.EventsPerSecond ? n : bestNexus;
        }
        var row = new BenchmarkRow(name, size, bestNexus.EventsPerSecond, bestBaseline.EventsPerSecond, bestNexus.BytesPerEvent);
        report(row);
        return row;
    }
}
