using Nexus.Engine.Distributions;
using Nexus.Engine.Time;

namespace Nexus.Engine.Messaging;

/// <summary>How one direction of a link behaves. Probabilities are checked types, so a value outside
/// [0, 1] is rejected when the options are made.</summary>
/// <param name="Latency">One-way delay of each transmission.</param>
/// <param name="LossProbability">Chance a transmission is lost.</param>
/// <param name="DuplicationProbability">Chance a transmission arrives twice.</param>
/// <param name="ReorderProbability">Chance a transmission gives up its FIFO place on the link and takes an
/// extra latency sample, so later ones can overtake it. Without it a link is FIFO.</param>
public sealed record LinkOptions(
    DurationDistribution Latency,
    Probability LossProbability,
    Probability DuplicationProbability,
    Probability ReorderProbability)
{
    /// <summary>A fault-free link with a constant latency.</summary>
    public static LinkOptions Perfect(SimDuration latency) =>
        new(DurationDistribution.Constant(latency), Probability.Zero, Probability.Zero, Probability.Zero);

    /// <summary>The options in one line, for the printed fault mix.</summary>
    public string Describe() =>
        $"latency {Latency.Describe()}, loss {LossProbability}, duplication {DuplicationProbability}, reorder {ReorderProbability}";
}
