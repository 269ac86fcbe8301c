using System.Threading.Tasks.Sources;
using Nexus.Engine.Events;

namespace Nexus.Engine.Runtime;

/// <summary>A pooled completion source behind the ValueTask of one virtual delay. The event loop
/// fires it; the awaiting state machine's continuation then runs right there, on the loop, at the
/// delay's virtual time. After the awaiter reads the result it goes back to the pool, so a process
/// that loops on delays allocates nothing per wait.</summary>
internal sealed class DelaySource(VirtualRuntime owner) : IValueTaskSource, IEventTarget
{
    private Action<object?>? _continuation;
    private object? _state;
    private bool _completed;

    /// <summary>Changes at every reuse, so a stale ValueTask is detected rather than misread.</summary>
    public short Version { get; private set; }

    public void Fire()
    {
        _completed = true;
        Action<object?>? continuation = _continuation;
        if (continuation is not null)
        {
            _continuation = null;
            continuation(_state);
        }
    }

    public ValueTaskSourceStatus GetStatus(short token)
    {
        CheckToken(token);
        return _completed ? ValueTaskSourceStatus.Succeeded : ValueTaskSourceStatus.Pending;
    }

    // The scheduling-context flag is ignored on purpose: the continuation always runs on the
    // event loop, at the virtual time the delay ends, which is the only context a simulation has.
    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
    {
        CheckToken(token);
        Invariant.True(_continuation is null, "a virtual delay was awaited twice");
        if (_completed)
        {
            continuation(state);
            return;
        }
        _state = state;
        _continuation = continuation;
    }

    public void GetResult(short token)
    {
        CheckToken(token);
        Invariant.True(_completed, "the result of a virtual delay was read before it completed");
        Version++;
        _completed = false;
        _state = null;
        owner.ReturnDelaySource(this);
    }

    private void CheckToken(short token)
    {
        Invariant.True(token == Version, "a virtual delay was used after it completed (token {0}, now {1})", token, Version);
    }
}
