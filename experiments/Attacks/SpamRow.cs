using CsvHelper.Configuration.Attributes;

namespace Nexus.Experiments.Attacks;

/// <summary>One row of the spam sweep's CSV.</summary>
public sealed record SpamRow(
    [property: Name("depth")] string Depth,
    [property: Name("spam_rate")] double Rate,
    [property: Name("hint")] string Hint,
    [property: Name("honest_completion")] double Completion,
    [property: Name("honest_throughput")] double Throughput,
    [property: Name("floor")] double Floor,
    [property: Name("below_floor")] bool BelowFloor);
