using System.Security.Cryptography;
using System.Text;

namespace Nexus.Experiments.Attacks;

/// <summary>One cell of the violation matrix: a scenario at a depth over the seed bank. Its verdict
/// is the scenario's expected outcome when every seed held, VIOLATED when any seed failed (with the
/// first failure as evidence), ERROR when any seed proved nothing.</summary>
public sealed record CellVerdict(AttackScenario Scenario, CampaignDepth Depth, IReadOnlyList<SeedVerdict> Seeds, int AttackerOperations, int HonestOperations, long Commits)
{
    /// <summary>Intent lifecycles the honest agents started, and concluded, over the cell's seeds.</summary>
    public (int Started, int Concluded) HonestIntents { get; init; }

    /// <summary>Conclusions committed over the cell's seeds, and those by an agent that did not hold the Intent's claim.</summary>
    public (int Committed, int False) Conclusions { get; init; }

    /// <summary>The expected outcome, VIOLATED or ERROR.</summary>
    public string Verdict => Seeds.Any(seed => seed.Vacuity is not null) ? Attacks.Verdict.Error
        : Seeds.Any(seed => !seed.Holds) ? Attacks.Verdict.Violated
        : Scenario.Expected;

    /// <summary>Seeds whose check held.</summary>
    public int SeedsHeld => Seeds.Count(seed => seed.Holds);

    /// <summary>Seeds whose check failed.</summary>
    public int SeedsViolated => Seeds.Count(seed => !seed.Holds && seed.Vacuity is null);

    /// <summary>The first seed that failed or proved nothing, in seed-bank order.</summary>
    public SeedVerdict? FirstFailure => Seeds.FirstOrDefault(seed => !seed.Holds);

    /// <summary>SHA-256 over the seeds' trace fingerprints, in seed-bank order.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join("\n", Seeds.Select(seed => seed.Fingerprint)))));

    /// <summary>True at the trait depth (in-process stores), where a failure fails the campaign.</summary>
    public bool AtDepthOne => Depth.Profile is null;
}
