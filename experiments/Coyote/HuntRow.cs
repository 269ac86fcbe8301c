using CsvHelper.Configuration.Attributes;

namespace Nexus.Experiments.Coyote;

/// <summary>One row of the study's CSV: a hunt and how many iterations (or swarm seeds) it took to
/// find its bug; empty when it did not within the cap.</summary>
public sealed record HuntRow(
    [property: Name("bug")] string Bug,
    [property: Name("hunter")] string Hunter,
    [property: Name("coyote_seed")] string Seed,
    [property: Name("found")] bool Found,
    [property: Name("iterations_to_bug")] string Iterations);
