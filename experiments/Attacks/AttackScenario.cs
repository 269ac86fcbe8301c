namespace Nexus.Experiments.Attacks;

/// <summary>One of the seven attacks on the exchange contract and the verdict it must get when the
/// contract holds (docs/attack-campaign.md).</summary>
public sealed record AttackScenario(string Name, string Expected)
{
    /// <summary>The verdict of a cell whose check failed.</summary>
    public const string Violated = "VIOLATED";

    /// <summary>The seven, in the order of the matrix.</summary>
    public static IReadOnlyList<AttackScenario> All { get; } =
    [
        new("direct-free-riding", "BLOCKED"),
        new("evasive-free-riding", "BLOCKED"),
        new("falsified-contribution", "BLOCKED"),
        new("poison-injection", "BLOCKED"),
        new("intent-spam", "TOLERATED"),
        new("replay", "BLOCKED"),
        new("sybil", "RATE-LIMITED"),
    ];

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static AttackScenario Named(string name) => All.Single(scenario => scenario.Name == name);
}
