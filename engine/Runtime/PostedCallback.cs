using Nexus.Engine.Events;

namespace Nexus.Engine.Runtime;

/// <summary>A continuation posted to the event loop's synchronization context (a Task or a pooled
/// awaitable completing, for instance): it runs at the current instant, after what is already due. Pooled by the
/// runtime: it goes back to the pool before the callback runs, so posting allocates nothing.</summary>
internal sealed class PostedCallback(VirtualRuntime owner) : EventTarget
{
    private SendOrPostCallback? _callback;
    private object? _state;

    public void Set(SendOrPostCallback callback, object? state)
    {
        _callback = callback;
        _state = state;
    }

    public override void Fire()
    {
        SendOrPostCallback callback = _callback!;
        object? state = _state;
        _callback = null;
        _state = null;
        owner.ReturnPosted(this);
        callback(state);
    }
}
