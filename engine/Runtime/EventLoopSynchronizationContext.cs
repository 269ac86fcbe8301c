namespace Nexus.Engine.Runtime;

/// <summary>Installed while the event loop runs, so that continuations of awaited Tasks come back to
/// the loop, in order, instead of to the thread pool. A post from any other thread means simulated
/// code escaped the loop (a real timer, Task.Run): on virtual time that fails the run rather than
/// racing it; a loop paced by the real clock takes it into its inbox, as work from outside.</summary>
internal sealed class EventLoopSynchronizationContext(VirtualRuntime runtime) : SynchronizationContext
{
    /// <summary>The thread currently running the loop; set each time a run call enters it.</summary>
    public int LoopThreadId { get; set; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        if (Environment.CurrentManagedThreadId != LoopThreadId)
        {
            if (runtime.OutsidePost is { } inbox)
            {
                inbox(d, state);
                return;
            }
            runtime.FailFromOutside(new InvalidOperationException(
                "simulated code posted a continuation from outside the event loop (a real timer, thread or Task.Run?)"));
            return;
        }
        runtime.PostNow(d, state);
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("the event loop does not run callbacks synchronously from other code");

    public override SynchronizationContext CreateCopy() => this;
}
