using System.Security.Cryptography;
using System.Text;

namespace Nexus.Scenarios.Campaigns;

/// <summary>One cell of the violation matrix: a scenario at a depth over the seed bank. Its verdict
/// is the scenario's expected outcome when every seed held, VIOLATED when any seed failed (with the
/// first failure as evidence), ERROR when any seed proved nothing.</summary>
public sealed record CellVerdict(ICampaignScenario Scenario, CampaignDepth Depth, IReadOnlyList<SeedVerdict> Seeds, int AttackerOperations, int HonestOperations, long Commits)
{
    /// <summary>The world's own counts over the cell's seeds, by name (<see cref="SeedRun.Tallies"/>).</summary>
    public IReadOnlyDictionary<string, long> Tallies { get; init; } = new Dictionary<string, long>();

    /// <summary>The world's count <paramref name="name"/> over the cell's seeds; 0 where no seed kept it.</summary>
    public long Tally(string name) => Tallies.GetValueOrDefault(name);

    /// <summary>The expected outcome, VIOLATED or ERROR.</summary>
    public string Verdict => Seeds.Any(seed => seed.Vacuity is not null) ? Campaigns.Verdict.Error
        : Seeds.Any(seed => !seed.Holds) ? Campaigns.Verdict.Violated
        : Scenario.Expected;

    /// <summary>True when the verdict is the one the scenario expects.</summary>
    public bool AsExpected => Verdict == Scenario.Expected;

    /// <summary>Seeds whose check held.</summary>
    public int SeedsHeld => Seeds.Count(seed => seed.Holds);

    /// <summary>Seeds whose check failed.</summary>
    public int SeedsViolated => Seeds.Count(seed => !seed.Holds && seed.Vacuity is null);

    /// <summary>The first seed that failed or proved nothing, in seed-bank order.</summary>
    public SeedVerdict? FirstFailure => Seeds.FirstOrDefault(seed => !seed.Holds);

    /// <summary>SHA-256 over the seeds' trace fingerprints, in seed-bank order.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join("\n", Seeds.Select(seed => seed.Fingerprint)))));

    /// <summary>True at the trait depth (in-process stores), where a failure fails the campaign.</summary>
    public bool AtDepthOne => Depth.Level == 1;
}
