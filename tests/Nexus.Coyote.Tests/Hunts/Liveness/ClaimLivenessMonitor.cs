using Microsoft.Coyote;
using Microsoft.Coyote.Specifications;
using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace Nexus.Coyote.Tests.Hunts.Liveness;

/// <summary>Coyote's liveness monitor for claims: hot from the moment an owner stops heartbeating
/// while it holds a claim, cold once the claim is concluded or released. An execution that ends (or,
/// under fair scheduling, runs on) with the monitor hot is a liveness bug: a stale claim that nobody
/// ever releases.</summary>
public sealed class ClaimLivenessMonitor : CoyoteMonitor
{
    /// <summary>The owner stopped heartbeating while holding the claim.</summary>
    public sealed class Abandoned : Event
    {
    }

    /// <summary>The claim was concluded or released.</summary>
    public sealed class Ended : Event
    {
    }

    [Start]
    [Cold]
    [OnEventGotoState(typeof(Abandoned), typeof(Stale))]
    [IgnoreEvents(typeof(Ended))]
    private sealed class Held : State
    {
    }

    [Hot]
    [OnEventGotoState(typeof(Ended), typeof(Settled))]
    [IgnoreEvents(typeof(Abandoned))]
    private sealed class Stale : State
    {
    }

    [Cold]
    [IgnoreEvents(typeof(Abandoned), typeof(Ended))]
    private sealed class Settled : State
    {
    }
}

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
