namespace Nexus.Engine.Runtime;

/// <summary>The execution context's flow suppressed on this thread until disposed, when wanted and not
/// suppressed already (suppressing twice throws); otherwise nothing. Dispose it on the same thread.</summary>
internal readonly struct FlowSuppression : IDisposable
{
    private readonly AsyncFlowControl _control;
    private readonly bool _active;

    private FlowSuppression(AsyncFlowControl control)
    {
        _control = control;
        _active = true;
    }

    public static FlowSuppression Begin(bool wanted) =>
        wanted && !ExecutionContext.IsFlowSuppressed() ? new FlowSuppression(ExecutionContext.SuppressFlow()) : default;

    public void Dispose()
    {
        if (_active)
        {
            _control.Undo();
        }
    }
}
