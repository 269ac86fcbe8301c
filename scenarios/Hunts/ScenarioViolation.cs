namespace Nexus.Scenarios.Hunts;

/// <summary>A hunted scenario's invariant did not hold.</summary>
public sealed class ScenarioViolation(string message) : Exception(message)
{
    /// <summary>Throws unless <paramref name="holds"/>.</summary>
    public static void Require(bool holds, string message)
    {
        if (!holds)
        {
            throw new ScenarioViolation(message);
        }
    }
}
