using System.Threading.Tasks.Sources;

namespace Nexus.Engine.Runtime;

/// <summary>The state of one pooled awaitable on the event loop: the awaiting continuation and the
/// result. Completing it runs the continuation right there, on the loop, at the current virtual
/// time. The scheduling-context flags of an await are ignored on purpose: the loop is the only
/// context a simulation has. Held as a field of a pooled <see cref="IValueTaskSource"/>, which
/// returns itself to its pool once the result is read.</summary>
public struct LoopCompletionCore<TResult>
{
    private Action<object?>? _continuation;
    private object? _state;
    private TResult _result;
    private bool _completed;

    /// <summary>Changes at every reuse, so a stale ValueTask is detected rather than misread.</summary>
    public short Version { get; private set; }

    /// <summary>Pending until <see cref="SetResult"/>, then succeeded.</summary>
    public readonly ValueTaskSourceStatus GetStatus(short token)
    {
        CheckToken(token);
        return _completed ? ValueTaskSourceStatus.Succeeded : ValueTaskSourceStatus.Pending;
    }

    /// <summary>Registers the one continuation; runs it at once when already completed.</summary>
    public void OnCompleted(Action<object?> continuation, object? state, short token)
    {
        CheckToken(token);
        Invariant.True(_continuation is null, "a pooled awaitable was awaited twice");
        if (_completed)
        {
            continuation(state);
            return;
        }
        _state = state;
        _continuation = continuation;
    }

    /// <summary>The result, read once; the core is then reset for its next use.</summary>
    public TResult GetResult(short token)
    {
        CheckToken(token);
        Invariant.True(_completed, "the result of a pooled awaitable was read before it completed");
        TResult result = _result;
        Version++;
        _completed = false;
        _state = null;
        _result = default!;
        return result;
    }

    /// <summary>Completes with <paramref name="result"/> and runs the awaiting continuation, if any.</summary>
    public void SetResult(TResult result)
    {
        _result = result;
        _completed = true;
        Action<object?>? continuation = _continuation;
        if (continuation is not null)
        {
            _continuation = null;
            continuation(_state);
        }
    }

    private readonly void CheckToken(short token)
    {
        Invariant.True(token == Version, "a pooled awaitable was used after it completed (token {0}, now {1})", token, Version);
    }
}
