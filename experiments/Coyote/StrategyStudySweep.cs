using Nexus.Experiments.Sharding;

namespace Nexus.Experiments.Coyote;

/// <summary>A strategy study (<c>nexus coyote-study</c>) as a sharded sweep. Its units, per seeded bug in
/// order: each strategy under each Coyote seed, then the swarm search on virtual time. Its outputs are
/// NAME-iterations.csv and .png; the summary goes to <paramref name="print"/>. The inputs are the config
/// the rewritten scenario library and the profile it names, whose seeded bugs and code the results depend on.</summary>
public sealed class StrategyStudySweep(CoyoteStudy study, RewrittenHunts hunts, Action<string> print) : ShardedSweep<HuntResult>
{
    /// <summary>The kind, as shard files name it.</summary>
    public const string KindName = "coyote-study";

    private readonly IReadOnlyList<(string Bug, CoyoteStrategy? Strategy, uint Seed)> _units = UnitsOf(study, hunts);

    /// <summary>The study over the rewritten scenario library it names; a seeded bug the config lists that the catalogue lacks is an error naming both.</summary>
    public static StrategyStudySweep Open(CoyoteStudy study, Action<string> print)
    {
        ArgumentNullException.ThrowIfNull(study);
        RewrittenHunts hunts = RewrittenHunts.Load(study.Assembly, study.Profile);
        IReadOnlyList<string> known = hunts.SeededBugNames();
        foreach (string unknown in (study.Bugs ?? []).Where(bug => !known.Contains(bug)))
        {
            throw new InvalidDataException($"{study.Path}: bugs: the hunt catalogue has no seeded bug '{unknown}' (it has: {string.Join(", ", known)})");
        }
        return new StrategyStudySweep(study, hunts, print);
    }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override string Name => study.Name;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string> { ["config"] = study.Path };

    /// <inheritdoc />
    public override string InputsDigest => DigestOf(study.Path, study.Assembly, study.Profile);

    /// <inheritdoc />
    public override int Units => _units.Count;

    /// <summary>Runs hunt <paramref name="unit"/>.</summary>
    public HuntResult RunUnit(int unit)
    {
        (string bug, CoyoteStrategy? strategy, uint seed) = _units[unit];
        return strategy is null
            ? StrategyStudyRunner.HuntWithSwarm(bug, hunts, study.SwarmSeedsMax)
            : StrategyStudyRunner.HuntWithCoyote(bug, hunts.CoyoteTest(bug), strategy, seed, study.IterationsMax);
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Write(IReadOnlyList<HuntResult> results, string directory)
    {
        print(StrategyStudyOutput.Summary(study, results));
        Directory.CreateDirectory(directory);
        return StrategyStudyOutput.Write(study, results, directory);
    }

    private static IReadOnlyList<(string, CoyoteStrategy?, uint)> UnitsOf(CoyoteStudy study, RewrittenHunts hunts)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(hunts);
        return [.. (study.Bugs ?? hunts.SeededBugNames()).SelectMany(bug =>
            study.Strategies.SelectMany(strategy => study.Seeds.Select(seed => (bug, (CoyoteStrategy?)strategy, seed))).Append((bug, null, 0u)))];
    }
}
