namespace Nexus.Scenarios.Exchange;

/// <summary>The exchange contract's own counts per seed (<see cref="Campaigns.SeedRun.Tallies"/>), summed
/// per cell for the game checks.</summary>
public static class ExchangeTallies
{
    /// <summary>Intent lifecycles the honest agents started.</summary>
    public const string IntentsStarted = "honest-intents-started";

    /// <summary>Intent lifecycles the honest agents concluded.</summary>
    public const string IntentsConcluded = "honest-intents-concluded";

    /// <summary>Conclusions committed.</summary>
    public const string Conclusions = "conclusions";

    /// <summary>Conclusions committed by an agent that did not hold the Intent's claim.</summary>
    public const string FalseConclusions = "false-conclusions";
}
