using System.Text.Json;
using Nexus.Experiments.Configuration;
using Nexus.Experiments.Sharding;
using Nexus.Scenarios.Campaigns;

namespace Nexus.Experiments.Campaigns;

/// <summary>A full campaign of any world (<c>nexus attack</c>) as a sharded sweep. Its units, in order:
/// the world's own units (<see cref="ICampaignExtras"/>: the exchange contract's spam search, one per
/// depth); every seed of every matrix cell (scenario-major, then depth, then the seed bank); every seed
/// of every cell on each weaker foundation of the gap report. The world's own units come first because
/// each is many runs long (a spam search runs every rate on several seeds, twice): started last, one of
/// them kept a single worker busy long after the others had run out of units. Its outputs are everything
/// <see cref="CampaignOutputs"/> writes, the proof signed with <paramref name="keyPath"/> when given.</summary>
public sealed class CampaignSweep(ICampaignWorld world, ICampaignExtras extras, string? keyPath, Action<string> print) : ShardedSweep<CampaignUnitResult>
{
    /// <summary>The kind, as shard files name it.</summary>
    public const string KindName = "attack";

    private readonly IReadOnlyList<CampaignUnit> _units = UnitsOf(world, extras);

    /// <summary>The sweep of <paramref name="campaign"/>, as read from its config.</summary>
    public static CampaignSweep Open(LoadedCampaign campaign, string? keyPath, Action<string> print)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new CampaignSweep(campaign.World, campaign.Extras, keyPath, print);
    }

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override string Name => world.Name;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, string> Parameters => new Dictionary<string, string> { ["config"] = world.ConfigPath };

    /// <inheritdoc />
    public override string InputsDigest => DigestOf(world.ConfigPath);

    /// <inheritdoc />
    public override int Units => _units.Count;

    /// <summary>Runs unit <paramref name="unit"/>: a fresh simulation, or one of the world's own units.</summary>
    public CampaignUnitResult RunUnit(int unit)
    {
        CampaignUnit which = _units[unit];
        return which.Extra is int extra
            ? new CampaignUnitResult(null, extras.RunUnit(extra))
            : new CampaignUnitResult(which.World!.RunSeed(which.Scenario!, which.Depth!, which.Seed), null);
    }

    /// <summary>The matrix, the world's own results and the gap report from every unit's result, in unit order.</summary>
    public CampaignRuns Runs(IReadOnlyList<CampaignUnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        JsonElement[] own = [.. results.Take(extras.Units).Select(result => result.Extra!.Value)];
        int next = own.Length;
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
        IReadOnlyList<CellVerdict> matrix = Cells(world);
        FoundationGap[] gaps = [.. world.WeakerFoundations.Select(weaker => new FoundationGap(weaker, Cells(weaker.World)))];
        return new CampaignRuns(matrix, own, gaps);
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
        return CampaignOutputs.Write(world, extras, runs, directory, keyPath, print);
    }

    private static IReadOnlyList<CampaignUnit> UnitsOf(ICampaignWorld world, ICampaignExtras extras)
    {
        IEnumerable<CampaignUnit> Seeds(ICampaignWorld target) =>
            from scenario in target.Scenarios from depth in target.Depths from seed in target.Seeds select new CampaignUnit(target, scenario, depth, seed, null);
        IEnumerable<CampaignUnit> own = Enumerable.Range(0, extras.Units).Select(unit => new CampaignUnit(null, null, null, 0, unit));
        IEnumerable<CampaignUnit> gaps = world.WeakerFoundations.SelectMany(weaker => Seeds(weaker.World));
        return [.. own, .. Seeds(world), .. gaps];
    }

    /// <summary>A seed of a cell of <see cref="World"/> (the campaign, or it on a weaker foundation), or the world's own unit <see cref="Extra"/>.</summary>
    private sealed record CampaignUnit(ICampaignWorld? World, ICampaignScenario? Scenario, CampaignDepth? Depth, int Seed, int? Extra);
}
