namespace Nexus.Worlds.Commerce;

/// <summary>One entry of the private-commerce trace, recorded when the agent acts (a message that is
/// later lost cannot make the trace lie about what was sent): what happened (<see cref="CommerceEvents"/>),
/// by whom, to or about whom, the bid or stream it concerns, and its data (a wire payload in base64, an
/// amount, a score).</summary>
public sealed record CommerceEvent(long AtNanoseconds, string Kind, string Agent, string Peer, string Ref, string Data);
