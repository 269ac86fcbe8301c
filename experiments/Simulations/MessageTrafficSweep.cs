using System.Globalization;
using Nexus.Engine.Tracing;
using Nexus.Experiments.Output;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Simulations;

/// <summary>The traffic simulation for a range of seeds (<c>nexus simulate network-sweep</c>) as a sharded
/// sweep: one unit per seed, which runs it under the fixed plan and in swarm mode; the output is one CSV
/// row per run, in (seed, fixed then swarm) order, so the file is a pure function of the seeds and the code.</summary>
public sealed class MessageTrafficSweep(ulong firstSeed, ulong lastSeed, int messagesPerNode, string fileName) : ShardedSweep<IReadOnlyList<MessageTrafficRow>>
{
    /// <summary>The kind, as shard files name it.</summary>
    public const string KindName = "network-sweep";

    /// <summary>The most seeds one sweep takes.</summary>
    public const ulong SeedsMax = int.MaxValue;

    /// <summary>Reopens the sweep a shard header names.</summary>
    public static MessageTrafficSweep Open(ShardHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        (ulong first, ulong last) = header.Seeds();
        return new MessageTrafficSweep(first, last,
            int.Parse(header.Parameters["messages"], CultureInfo.InvariantCulture), header.Parameters["output"]);
    }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override string Name => Path.GetFileNameWithoutExtension(fileName);

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string>
    {
        ["seeds"] = string.Create(CultureInfo.InvariantCulture, $"{firstSeed}-{lastSeed}"),
        ["messages"] = messagesPerNode.ToString(CultureInfo.InvariantCulture),
        ["output"] = fileName,
    };

    /// <inheritdoc />
    public override string InputsDigest => DigestOf();

    /// <inheritdoc />
    public override int Units => checked((int)(lastSeed - firstSeed + 1));

    /// <summary>The two runs of seed number <paramref name="unit"/> of the range.</summary>
    public IReadOnlyList<MessageTrafficRow> RunUnit(int unit)
    {
        ulong seed = firstSeed + (ulong)unit;
        return [.. ((bool[])[false, true]).Select(swarm =>
        {
            var options = new MessageTrafficOptions(seed) { Swarm = swarm, MessagesPerNode = messagesPerNode };
            using var trace = new SimTrace();
            return MessageTrafficRow.From(options, MessageTrafficSimulation.Run(options, trace));
        })];
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Write(IReadOnlyList<IReadOnlyList<MessageTrafficRow>> results, string directory)
    {
        string path = Path.Combine(directory, fileName);
        CsvFile.Write(path, results.SelectMany(rows => rows));
        return [path];
    }
}
