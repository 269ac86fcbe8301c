using CsvHelper.Configuration.Attributes;

namespace Nexus.Experiments.Campaigns;

/// <summary>One row of the violation matrix's CSV: a cell, its verdict and its evidence.</summary>
public sealed record ViolationRow(
    [property: Name("scenario")] string Scenario,
    [property: Name("depth")] string Depth,
    [property: Name("expected")] string Expected,
    [property: Name("verdict")] string Verdict,
    [property: Name("seeds")] int Seeds,
    [property: Name("seeds_violated")] int SeedsViolated,
    [property: Name("attacker_operations")] int AttackerOperations,
    [property: Name("honest_operations")] int HonestOperations,
    [property: Name("commits")] long Commits,
    [property: Name("fingerprint")] string Fingerprint,
    [property: Name("first_failing_seed")] string FirstFailingSeed,
    [property: Name("step")] string Step,
    [property: Name("operation")] string Operation,
    [property: Name("detail")] string Detail,
    [property: Name("seed_fingerprint")] string SeedFingerprint,
    [property: Name("replay")] string Replay);
