using Nexus.Engine.Events;

namespace Nexus.Engine.Runtime;

/// <summary>A continuation posted to the event loop's synchronization context (a Task completing,
/// for instance): it runs in the FIFO lane of the current instant.</summary>
internal sealed class PostedCallback(SendOrPostCallback callback, object? state) : IEventTarget
{
    public void Fire() => callback(state);
}
