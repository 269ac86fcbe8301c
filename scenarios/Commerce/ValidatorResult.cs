namespace Nexus.Scenarios.Commerce;

/// <summary>One joint validator's verdict on one trace: its name, whether it passed, whether it failed
/// because its evidence is missing (the run proved nothing), and why.</summary>
public sealed record ValidatorResult(string Name, bool Passed, bool Vacuous, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Passed ? "PASS" : "FAIL")} {Name}: {Detail}";
}
