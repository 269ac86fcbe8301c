using System.Globalization;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Output;

namespace Nexus.Experiments.Simulations;

/// <summary>Runs the traffic simulation for a range of seeds, under the fixed plan and in swarm mode,
/// and writes one CSV row per run. Rows are in (seed, fixed then swarm) order, so the file is a pure
/// function of the seeds and the code.</summary>
public static class MessageTrafficSweep
{
    /// <summary>Runs seeds <paramref name="firstSeed"/>..<paramref name="lastSeed"/> and writes the CSV atomically.</summary>
    public static IReadOnlyList<MessageTrafficRow> Run(ulong firstSeed, ulong lastSeed, int messagesPerNode, string csvPath, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (lastSeed < firstSeed)
        {
            throw new ArgumentOutOfRangeException(nameof(lastSeed), lastSeed, $"the last seed must not be below the first ({firstSeed})");
        }
        List<MessageTrafficRow> rows = [];
        ulong total = lastSeed - firstSeed + 1;
        for (ulong seed = firstSeed; ; seed++)
        {
            foreach (bool swarm in (ReadOnlySpan<bool>)[false, true])
            {
                var options = new MessageTrafficOptions(seed) { Swarm = swarm, MessagesPerNode = messagesPerNode };
                using var trace = new SimTrace();
                rows.Add(MessageTrafficRow.From(options, MessageTrafficSimulation.Run(options, trace)));
            }
            progress(string.Create(CultureInfo.InvariantCulture, $"[{seed - firstSeed + 1}/{total}] seed {seed}"));
            if (seed == lastSeed)
            {
                break;
            }
        }
        CsvFile.Write(csvPath, rows);
        return rows;
    }
}
