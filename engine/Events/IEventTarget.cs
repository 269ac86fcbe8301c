namespace Nexus.Engine.Events;

/// <summary>What a scheduled event does when its time comes. Implementations are long-lived or
/// pooled objects, so scheduling an event allocates nothing.</summary>
public interface IEventTarget
{
    /// <summary>Runs the event. Called on the event loop at the event's virtual time.</summary>
    void Fire();
}
