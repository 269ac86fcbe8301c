using Microsoft.Coyote.Specifications;

namespace Nexus.Scenarios.Hunts.Liveness;

/// <summary>The watch under Coyote: evidence goes to <see cref="ClaimLivenessMonitor"/>, which Coyote
/// checks at the end of every execution.</summary>
public sealed class CoyoteClaimWatch : IClaimWatch
{
    /// <summary>Registers the monitor for this execution.</summary>
    public CoyoteClaimWatch() => Specification.RegisterMonitor<ClaimLivenessMonitor>();

    /// <inheritdoc />
    public void Abandoned() => Specification.Monitor<ClaimLivenessMonitor>(new ClaimLivenessMonitor.Abandoned());

    /// <inheritdoc />
    public void Ended() => Specification.Monitor<ClaimLivenessMonitor>(new ClaimLivenessMonitor.Ended());

    /// <inheritdoc />
    public void AtEnd()
    {
    }
}
