using System.Threading.Tasks.Sources;
using Nexus.Engine.Events;

namespace Nexus.Engine.Runtime;

/// <summary>A pooled completion source behind the ValueTask of one virtual delay. The event loop
/// fires it; the awaiting state machine's continuation then runs right there, on the loop, at the
/// delay's virtual time. After the awaiter reads the result it goes back to the pool, so a process
/// that loops on delays allocates nothing per wait.</summary>
internal sealed class DelaySource(VirtualRuntime owner) : EventTarget, IValueTaskSource
{
    private LoopCompletionCore<bool> _core;

    public short Version => _core.Version;

    public override void Fire() => _core.SetResult(true);

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token);

    public void GetResult(short token)
    {
        _core.GetResult(token);
        owner.ReturnDelaySource(this);
    }
}
