using System.Globalization;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Output;
using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Loops;

/// <summary>A loop sweep (<c>nexus run</c>) as a sharded sweep: its units are every (proposer, mode, ρ,
/// rollout); its outputs NAME.csv and NAME-eps-E.png/.svg per ε.</summary>
public sealed class LoopSweep(LoopSweepConfig config, string configPath) : ShardedSweep<LoopUnitResult>
{
    /// <summary>The kind, as shard files name it.</summary>
    public const string KindName = "run";

    /// <summary>Reopens the sweep a shard header names.</summary>
    public static LoopSweep Open(ShardHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        string path = header.Parameters["config"];
        return new LoopSweep(LoopSweepConfigLoader.Load(path), path);
    }

    /// <summary>The sweep's config.</summary>
    public LoopSweepConfig Config => config;

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override string Name => config.Name;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string> { ["config"] = configPath };

    /// <inheritdoc />
    public override string InputsDigest => DigestOf(configPath);

    /// <inheritdoc />
    public override int Units => config.Proposers.Count * config.Modes.Count * config.Rhos.Count * _rolloutCount;

    /// <summary>Rollouts per (proposer, mode, ρ), counted once (preparing them generates nothing).</summary>
    private readonly int _rolloutCount = CountRollouts(config);

    private static int CountRollouts(LoopSweepConfig config)
    {
        using ILoopRollouts rollouts = LoopSweepWorlds.Named(config.World).Prepare(config);
        return rollouts.Count;
    }

    /// <summary>Runs the units <paramref name="shard"/> owns (every unit when null) on <paramref name="workers"/> threads.</summary>
    public IReadOnlyList<LoopUnitResult?> Run(Shard? shard, int workers, Action<int, int> progress)
    {
        using ILoopRollouts rollouts = LoopSweepWorlds.Named(config.World).Prepare(config);
        IReadOnlyList<LoopUnit> units = SweepAggregation.Units(config, rollouts.Count);
        return SweepExecutor.Run(units.Count, unit =>
        {
            LoopUnit which = units[unit];
            return SweepAggregation.Result(config, rollouts.Run(which.Proposer, which.Mode, which.Rho, which.Rollout));
        }, shard, workers, progress);
    }

    /// <summary>The sweep's rows, per (proposer, mode, ε, ρ), from every unit's result in unit order.</summary>
    public IReadOnlyList<HorizonRow> Rows(IReadOnlyList<LoopUnitResult> results) => SweepAggregation.Aggregate(config, results);

    /// <inheritdoc />
    public override IReadOnlyList<string> Write(IReadOnlyList<LoopUnitResult> results, string directory)
    {
        IReadOnlyList<HorizonRow> rows = Rows(results);
        Directory.CreateDirectory(directory);
        string csv = Path.Combine(directory, config.Name + ".csv");
        CsvFile.Write(csv, rows);
        var written = new List<string> { csv };
        foreach (double epsilon in config.Epsilons.Order())
        {
            string stem = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{config.Name}-eps-{epsilon}"));
            HorizonFigure.Write(rows, epsilon, $"{config.Name}: faithful horizon ({string.Join(", ", config.Modes)}; {config.Policy} policy)", stem, config.Steps,
                againstBits: config.FigureX == "oracle_bits");
            written.Add(stem + ".png");
            written.Add(stem + ".svg");
        }
        return written;
    }
}
