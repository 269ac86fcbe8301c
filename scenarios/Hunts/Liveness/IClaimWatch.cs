namespace Nexus.Scenarios.Hunts.Liveness;

/// <summary>Where the abandoned-claim scenario reports its liveness evidence: the claim was abandoned
/// (its owner stopped heartbeating), and it ended (concluded or released).</summary>
public interface IClaimWatch
{
    /// <summary>The owner stopped heartbeating while it held the claim.</summary>
    void Abandoned();

    /// <summary>The claim is no longer held: released or concluded.</summary>
    void Ended();

    /// <summary>The scenario is over.</summary>
    void AtEnd();
}
