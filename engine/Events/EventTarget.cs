namespace Nexus.Engine.Events;

/// <summary>Something the event loop runs at its scheduled time. Implementations are long-lived or
/// pooled objects, so scheduling an event allocates nothing. An abstract class rather than an
/// interface: the loop fires targets of many types from one call site, and a virtual call there is
/// one indirect jump where an interface call goes through the runtime's dispatch stubs.</summary>
public abstract class EventTarget
{
    /// <summary>Runs the event. Called on the event loop, at the event's virtual time.</summary>
    public abstract void Fire();
}
