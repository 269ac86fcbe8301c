namespace Nexus.Scenarios.Campaigns;

/// <summary>The verdicts a campaign cell (or a scenario against a server) can get, as the matrix writes them:
/// what a scenario gets when its defence held (<see cref="Blocked"/>, <see cref="Tolerated"/>,
/// <see cref="RateLimited"/>), <see cref="Violated"/> when its check failed, <see cref="Error"/> when
/// the run proved nothing.</summary>
public static class Verdict
{
    /// <summary>The attack got nothing.</summary>
    public const string Blocked = "BLOCKED";

    /// <summary>The attack ran, and the honest agents' work stayed above its floor.</summary>
    public const string Tolerated = "TOLERATED";

    /// <summary>The attack was throttled within the contract's bounds.</summary>
    public const string RateLimited = "RATE-LIMITED";

    /// <summary>The scenario's check failed.</summary>
    public const string Violated = "VIOLATED";

    /// <summary>The run proved nothing (the attacker or the honest agents never acted).</summary>
    public const string Error = "ERROR";
}
