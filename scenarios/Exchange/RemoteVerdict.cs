namespace Nexus.Scenarios.Exchange;

/// <summary>One scenario's verdict against a running server, and why.</summary>
public sealed record RemoteVerdict(string Scenario, string Verdict, string Evidence)
{
    /// <inheritdoc />
    public override string ToString() => $"{Scenario}: {Verdict} ({Evidence})";
}
