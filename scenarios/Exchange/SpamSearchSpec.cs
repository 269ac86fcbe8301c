namespace Nexus.Scenarios.Exchange;

/// <summary>The spam-rate grid of the intent-spam scenario: rates (Intents per virtual second) the
/// spammer sends for <paramref name="WindowSeconds"/>, the first <paramref name="Seeds"/> seeds of the
/// bank, and the floor as a fraction of the no-spam run's honest throughput.</summary>
public sealed record SpamSearchSpec(IReadOnlyList<double> Rates, double FloorFraction, int Seeds, double WindowSeconds);
