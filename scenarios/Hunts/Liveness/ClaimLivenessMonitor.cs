using CoyoteMonitor = Microsoft.Coyote.Specifications.Monitor;

namespace Nexus.Scenarios.Hunts.Liveness;

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

