using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Campaigns;
using Nexus.Scenarios.Exchange;

namespace Nexus.Experiments.Attacks;

/// <summary>A full campaign (<c>nexus attack</c>) as a sharded sweep. Its units, in order: every seed of
/// every matrix cell (scenario-major, then depth, then the seed bank); the spam sweep at each depth
/// (one unit per depth, since its throttled runs depend on the threshold its open runs find); every
/// seed of every cell on each weaker foundation of the gap report. Its outputs are everything
/// <see cref="CampaignOutputs"/> writes, the proof signed with <paramref name="keyPath"/> when given.</summary>
public sealed class CampaignSweep(AttackCampaign campaign, string? keyPath, Action<string> print) : ShardedSweep<CampaignUnitResult>
{
    /// <summary>The kind, as shard files name it.</summary>
    public const string KindName = "attack";

    private readonly IReadOnlyList<CampaignUnit> _units = UnitsOf(campaign);

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override string Name => campaign.Name;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string> { ["config"] = campaign.ConfigPath };

    /// <inheritdoc />
    public override string InputsDigest => DigestOf(campaign.ConfigPath);

    /// <inheritdoc />
    public override int Units => _units.Count;

    /// <summary>Runs unit <paramref name="unit"/>: a fresh simulation (or, for the spam sweep, a depth's simulations).</summary>
    public CampaignUnitResult RunUnit(int unit)
    {
        CampaignUnit which = _units[unit];
        return which.Spam is ScenarioSpec spam
            ? new CampaignUnitResult(null, SpamThresholdSearch.RunDepth(campaign, spam, spam.Sweep!, which.Depth, () => { }))
            : new CampaignUnitResult(which.World.RunSeed(which.Scenario!, which.Depth, which.Seed), null);
    }

    /// <summary>The matrix, the spam sweep and the gap report from every unit's result, in unit order.</summary>
    public CampaignRuns Runs(IReadOnlyList<CampaignUnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int next = 0;
        IReadOnlyList<CellVerdict> Cells(ICampaignWorld target)
        {
            var cells = new List<CellVerdict>();
            foreach (ICampaignScenario scenario in target.Scenarios)
            {
                foreach (CampaignDepth depth in target.Depths)
                {
                    cells.Add(CampaignCells.Cell(scenario, depth, [.. results.Skip(next).Take(target.Seeds.Count).Select(result => result.Run!)]));
                    next += target.Seeds.Count;
                }
            }
            return cells;
        }
        IReadOnlyList<CellVerdict> matrix = Cells(campaign);
        SpamDepth[] spam = [.. results.Skip(next).TakeWhile(result => result.Spam is not null).Select(result => result.Spam!)];
        next += spam.Length;
        FoundationGap[] gaps = [.. campaign.WeakerFoundations.Select(weaker => new FoundationGap(weaker, Cells(weaker.World)))];
        return new CampaignRuns(matrix, spam, gaps);
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Write(IReadOnlyList<CampaignUnitResult> results, string directory)
    {
        CampaignRuns runs = Runs(results);
        if (runs.Cells.FirstOrDefault(cell => cell.Verdict == Verdict.Error) is { } vacuous)
        {
            throw new InvalidDataException($"{vacuous.Scenario.Name} at {vacuous.Depth.Name}, seed {vacuous.FirstFailure!.Seed}: {vacuous.FirstFailure.Vacuity}: " +
                "the cell proves nothing (nothing was written)");
        }
        Directory.CreateDirectory(directory);
        return CampaignOutputs.Write(campaign, runs, directory, keyPath, print);
    }

    private static IReadOnlyList<CampaignUnit> UnitsOf(AttackCampaign campaign)
    {
        IEnumerable<CampaignUnit> Seeds(ICampaignWorld target) =>
            from scenario in target.Scenarios from depth in target.Depths from seed in target.Seeds select new CampaignUnit(target, scenario, depth, seed, null);
        IEnumerable<CampaignUnit> spam = campaign.Scenarios.FirstOrDefault(scenario => scenario.Sweep is not null) is ScenarioSpec sweep
            ? campaign.Depths.Select(depth => new CampaignUnit(campaign, null, depth, 0, sweep))
            : [];
        IEnumerable<CampaignUnit> gaps = campaign.WeakerFoundations.SelectMany(weaker => Seeds(weaker.World));
        return [.. Seeds(campaign), .. spam, .. gaps];
    }

    /// <summary>A seed of a cell of <see cref="World"/> (the campaign, or it on a weaker foundation), or the spam sweep at a depth.</summary>
    private sealed record CampaignUnit(ICampaignWorld World, ICampaignScenario? Scenario, CampaignDepth Depth, int Seed, ScenarioSpec? Spam);
}
