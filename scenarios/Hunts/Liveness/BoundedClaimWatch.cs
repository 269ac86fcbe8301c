namespace Nexus.Scenarios.Hunts.Liveness;

/// <summary>The same property on virtual time, where nothing runs for ever: a claim abandoned and not
/// ended by the end of the scenario fails it.</summary>
public sealed class BoundedClaimWatch : IClaimWatch
{
    private bool _stale;

    /// <inheritdoc />
    public void Abandoned() => _stale = true;

    /// <inheritdoc />
    public void Ended() => _stale = false;

    /// <inheritdoc />
    public void AtEnd() => ScenarioViolation.Require(!_stale, "a stale claim was never released: its owner stopped heartbeating and the claim outlived every tick");
}
