namespace Nexus.Scenarios.Commerce;

/// <summary>One joint validator's verdict on one trace: its name, whether it passed, and why.</summary>
public sealed record ValidatorResult(string Name, bool Passed, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Name}: {Detail}";
}
